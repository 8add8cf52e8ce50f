package vn.thituyen.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.delivery.DeliveryService;

/**
 * Issue 14, behaviour 5: part 1 of a leadership exam is a written paper marked blind by two markers, like any written
 * script; there is no computer round before it, so every eligible candidate of a post that goes ahead sits it, and a
 * withdrawn post's candidate does not.
 */
@ApplicationTest
class LeadershipPart1Test {

    @Autowired Scenario s;
    @Autowired DeliveryService delivery;
    @Autowired WrittenMarkingService marking;

    @Test
    void everyEligibleCandidateSitsTheWrittenPartMarkedBlind() {
        Scenario.Leadership l = s.newLeadershipCampaign(false);
        List<Long> apps = s.leadershipReady(l, "Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn", "Trần Đức Lợi");
        Scenario.Campaign c = l.c();
        // no computer round: the three go straight to the written part; the withdrawn post's candidate is not there
        assertThat(s.asUser(c.secretary, () -> delivery.round2Candidates(c.id, l.post1())).keySet())
                .containsExactlyInAnyOrderElementsOf(apps);
        assertThat(s.asUser(c.secretary, () -> delivery.round2Candidates(c.id, l.post2()))).isEmpty();
        assertThat(s.asUser(c.secretary, () -> delivery.round1Outcome(apps.get(0)))).hasValueSatisfying(
                o -> assertThat(o.passed()).isTrue());

        Scenario.MarkingBoard b = s.markingBoard(c);
        s.markWritten(b, l.post1(), 1, Map.of(apps.get(0), "72.5", apps.get(1), "49.5", apps.get(2), "68"));
        Map<Long, BigDecimal> marks = s.asUser(c.secretary, () -> marking.finalMarks(l.post1(), 1));
        assertThat(marks).containsOnlyKeys(apps);
        assertThat(marks.get(apps.get(0))).isEqualByComparingTo("72.5");
        assertThat(marks.get(apps.get(1))).isEqualByComparingTo("49.5");
    }
}
