package vn.thituyen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.analysis.AnalysisFixture;
import vn.thituyen.analysis.ItemAnalysisService;
import vn.thituyen.analysis.ItemAnalysisService.PartChoice;
import vn.thituyen.analysis.ItemAnalysisService.Scope;
import vn.thituyen.analysis.domain.ItemAnalysis;

/** The demo's finished campaign is made through the services and gives item analysis real data. */
@ApplicationTest
class FinishedRoundOneTest {

    @Autowired Scenario s;
    @Autowired ItemAnalysisService analyses;
    @Autowired vn.thituyen.registration.RegistrationService registration;
    @Autowired java.time.Clock clock;

    @Test
    void fortyCandidatesSitBothPartsInTwoRoomsAndTheAnalysisShowsThem() {
        Scenario.Campaign staff = s.newCampaign();
        String author = AnalysisFixture.author(s, staff);
        FinishedRoundOne loader = new FinishedRoundOne(s.identity, s.campaigns, s.setup, registration, s.delivery, s.console, s.invigilation, s.banks, s.examQuestions,
                clock, s.councils, s.preparation);
        long started = System.nanoTime();
        long id = loader.load("T25-" + staff.tag, "Kỳ thi tuyển thử nghiệm đã kết thúc " + staff.tag, 40,
                "t25" + staff.tag, Scenario.PASSWORD,
                new FinishedRoundOne.Staff("system-admin", staff.secretary, author, staff.chair,
                        List.of(staff.invigilator, staff.invigilator2)));
        System.out.printf("Finished round 1 of 40 candidates loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(s.asUser(author, analyses::campaigns)).anySatisfy(c -> assertThat(c.id()).isEqualTo(id));
        List<PartChoice> parts = s.asUser(author, () -> analyses.parts(id));
        assertThat(parts).extracting(PartChoice::partNo, PartChoice::candidates)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 40L), org.assertj.core.groups.Tuple.tuple(2, 37L));
        assertThat(s.asUser(author, () -> analyses.sittings(id))).extracting(ItemAnalysisService.SittingChoice::candidates)
                .containsExactly(30L, 10L);

        ItemAnalysis.Result one = s.asUser(author, () -> analyses.analyse(new Scope(id, 1, parts.get(0).bankId(),
                null))).result();
        assertThat(one.part().candidates()).isEqualTo(40);
        assertThat(one.part().max() - one.part().min()).as("strong and weak candidates").isGreaterThan(15);
        assertThat(one.part().kr20()).isNotNull();
        assertThat(one.items().stream().mapToInt(ItemAnalysis.ItemStats::exposures).sum()).isEqualTo(40 * 60);
        assertThat(one.items()).as("questions most get wrong").anyMatch(i -> i.flags()
                .contains(ItemAnalysis.Flag.FACILITY_LOW));
        assertThat(one.items()).as("distractors nobody picks").anyMatch(i -> i.flags()
                .contains(ItemAnalysis.Flag.DISTRACTOR_UNUSED));
        assertThat(one.items()).anyMatch(i -> i.omitted() > 0);
        long beatsKey = one.items().stream().filter(i -> i.flags().contains(ItemAnalysis.Flag.DISTRACTOR_BEATS_KEY))
                .count();
        System.out.printf("Part 1: mean %.2f, sd %.2f, KR-20 %.2f, %d of %d flagged, %d with a distractor beating the key%n",
                one.part().mean(), one.part().standardDeviation(), one.part().kr20(),
                one.items().stream().filter(i -> !i.flags().isEmpty()).count(), one.items().size(), beatsKey);
        ItemAnalysis.Result two = s.asUser(author, () -> analyses.analyse(new Scope(id, 2, parts.get(1).bankId(),
                null))).result();
        assertThat(two.part().candidates()).isEqualTo(37);
    }
}
