package vn.thituyen.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.common.DomainException;
import vn.thituyen.results.ResultsService.ResultLine;

/**
 * Issue 13 § 6: results wait for the written part's key to be opened, then combine the blind written mark and the
 * interview with the 2025 weights (written 70 %, interview 30 %, each part at least half its maximum; ND 170/2025).
 */
@ApplicationTest
class WrittenResultsTest {

    @Autowired Scenario s;
    @Autowired ResultsService results;

    @Test
    void noResultsUntilTheWrittenPartIsMarkedAndItsKeyOpened() {
        Three t = threeThroughRound1AndInterviewed();
        Scenario.Campaign c = t.c();
        Scenario.MarkingBoard b = t.b();
        long an = t.an();
        long bao = t.bao();
        long cuc = t.cuc();

        // not anonymised yet, then anonymised but the key still sealed: no results
        for (int step = 0; step < 2; step++) {
            assertThatThrownBy(() -> s.asUser(c.secretary, () -> results.compute(c.id)))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.results.writtenSealed");
                        assertThat(e.params()).containsExactly("VT01 – 1");
                    });
            if (step == 0) {
                s.asUser(b.anon(), () -> s.writtenMarking.anonymise(c.position1, 1, List.of(
                        new vn.thituyen.grading.WrittenMarkingService.Intake(an, 4))));
            }
        }
    }

    @Test
    void theCombinedScoreRanksWithTheWrittenMarkAndItsMinimum() {
        Three t = threeThroughRound1AndInterviewed();
        Scenario.Campaign c = t.c();
        Scenario.MarkingBoard b = t.b();
        long an = t.an();
        long bao = t.bao();
        long cuc = t.cuc();
        s.markWritten(b, c.position1, 1, Map.of(an, "80", bao, "60", cuc, "45"));

        s.asUser(c.secretary, () -> results.compute(c.id));
        Map<Long, ResultLine> byApp = s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow().lines()
                .stream().collect(Collectors.toMap(ResultLine::applicationId, Function.identity()));
        // 0.7 × 80 + 0.3 × 60 = 74; 0.7 × 60 + 0.3 × 90 = 69; Cúc: 45 < 50 of the written part → out, whatever the
        // interview (0.7 × 45 + 0.3 × 95 = 60)
        assertThat(byApp.get(an).round2Score()).isEqualByComparingTo("74");
        assertThat(byApp.get(an).outcome()).isEqualTo("WINNER");
        assertThat(byApp.get(an).rank()).isEqualTo(1);
        assertThat(byApp.get(bao).round2Score()).isEqualByComparingTo("69");
        assertThat(byApp.get(bao).outcome()).isEqualTo("WINNER");
        assertThat(byApp.get(cuc).round2Score()).isEqualByComparingTo("60");
        assertThat(byApp.get(cuc).outcome()).isEqualTo("FAILED_ROUND2");
    }

    private record Three(Scenario.Campaign c, Scenario.MarkingBoard b, long an, long bao, long cuc) {
    }

    /** A 2025 campaign, VT01 written 70 % + interview 30 %; three candidates through round 1 and interviewed. */
    private Three threeThroughRound1AndInterviewed() {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, List.of(
                new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, new BigDecimal("50")),
                new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, new BigDecimal("50"))));
        Scenario.MarkingBoard b = s.markingBoard(c);
        long an = s.apply(c, c.position1, "Nguyễn Thị An", null);
        long bao = s.apply(c, c.position1, "Trần Quốc Bảo", null);
        long cuc = s.apply(c, c.position1, "Lê Thị Cúc", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45);
        s.sit(bao, 40);
        s.sit(cuc, 50);
        s.interview(c, an, "60", "60");
        s.interview(c, bao, "90", "90");
        s.interview(c, cuc, "95", "95");
        return new Three(c, b, an, bao, cuc);
    }
}
