package vn.thituyen.winners;

import vn.thituyen.Scenario;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.results.ResultsService;

/**
 * A campaign whose results are published (through {@link Scenario} and the real services): VT02 (quota 1) with An the
 * winner (80), Bích next (70) and Cường (60), all through round 1.
 */
public final class WinnersScenario {

    private WinnersScenario() {
    }

    /** The campaign, the three applications, An's citizen ID and the first published version. */
    public record Published(Scenario.Campaign c, long an, long bich, long cuong, String anCitizenId, long v1) {
    }

    public static Published published(Scenario s, ResultsService results) {
        Scenario.Campaign c = s.newCampaign();
        ApplicationForm anForm = s.form(c.position2, "Nguyễn Văn An");
        long an = s.apply(c, anForm);
        long bich = s.apply(c, c.position2, "Trần Thị Bích", null);
        long cuong = s.apply(c, c.position2, "Lê Văn Cường", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45, 20);
        s.sit(bich, 45, 20);
        s.sit(cuong, 45, 20);
        s.interview(c, an, "80", "80");
        s.interview(c, bich, "70", "70");
        s.interview(c, cuong, "60", "60");
        long v1 = s.asUser(c.secretary, () -> results.compute(c.id));
        s.asUser(c.chair, () -> {
            results.approve(v1);
            return null;
        });
        s.asUser(c.secretary, () -> {
            results.publish(v1, "15/TB-HĐTD");
            return null;
        });
        return new Published(c, an, bich, cuong, anForm.citizenId(), v1);
    }
}
