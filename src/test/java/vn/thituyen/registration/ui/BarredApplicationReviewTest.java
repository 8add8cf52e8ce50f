package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.ViewTestBase;
import vn.thituyen.results.ResultsService;
import vn.thituyen.winners.CancellationKind;
import vn.thituyen.winners.WinnersScenario;
import vn.thituyen.winners.WinnersService;

/** The review screen shows an application from a barred citizen ID (ND 138/2020/NĐ-CP Art. 17) with the bar's reason. */
@ApplicationTest
class BarredApplicationReviewTest extends ViewTestBase {

    @Autowired ResultsService results;
    @Autowired WinnersService winners;

    /**
     * False documents bar the next campaign: its review list and panel flag the application from that citizen ID with
     * the reason, which the board's rejection takes.
     */
    @Test
    void theReviewScreenFlagsABarredCitizenIdAndTheBoardRejectsWithTheReason() {
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        // far ahead of other tests' campaigns, so "the next campaign" is the one opened here
        s.clock.set(s.clock.instant().plus(java.time.Duration.ofDays(5000 + (System.nanoTime() % 500)))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        long dossier = s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0).id();
        s.asUser(p.c().secretary, () -> {
            winners.cancel(dossier, CancellationKind.FALSE_DOCUMENTS, "Bằng tốt nghiệp giả");
            return null;
        });
        timePasses(java.time.Duration.ofDays(2));
        vn.thituyen.Scenario.Campaign next = s.newCampaign();
        var f = s.form(next.position1, "Nguyễn Văn An");
        long barred = s.apply(next, new vn.thituyen.registration.ApplicationForm(f.positionId(), f.fullName(),
                f.dateOfBirth(), f.sex(), f.ethnicity(), p.anCitizenId(), f.phone(), f.email(), f.address(),
                f.educationLevel(), f.major(), f.priorityCategories(), f.exemption(), f.exemptionReason(),
                f.foreignLanguage()));
        signIn(next.secretary);
        ReviewView v = navigate("review", ReviewView.class);
        var item = GridKt._findAll(v.grid).stream().filter(a -> a.id() == barred).findFirst().orElseThrow();
        assertThat(String.join(" | ", GridKt._getFormattedRow(v.grid, GridKt._findAll(v.grid).indexOf(item))))
                .contains(p.anCitizenId() + " – BỊ CẤM DỰ TUYỂN");
        GridKt._select(v.grid, item);
        assertThat(_get(Paragraph.class, spec -> spec.withId("applicant-barred")).getText())
                .startsWith("Cảnh báo: số CCCD này đang bị cấm dự tuyển").contains("T-" + p.c().tag,
                        "Bằng tốt nghiệp giả");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("reject-reason"))
                .getValue()).startsWith("Không đủ điều kiện dự tuyển: Hủy kết quả trúng tuyển kỳ T-" + p.c().tag);
        _click(_get(Button.class, spec -> spec.withId("reject")));
        var stored = s.asUser(next.secretary, () -> s.registration.applications(next.id)).stream()
                .filter(a -> a.id() == barred).findFirst().orElseThrow();
        assertThat(stored.status()).isEqualTo(vn.thituyen.registration.ApplicationStatus.REJECTED);
        assertThat(stored.rejectionReason()).contains("Bằng tốt nghiệp giả");
    }

}
