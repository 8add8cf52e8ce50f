package vn.thituyen.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.RuleSet;

/**
 * Issue 13 § 8: a mark given in person (an interview board member's score, the head's decision) is recorded the one
 * way every human mark is, as a mark sheet: of the candidate's part, one sheet per member, a correction a new sheet
 * (the latest counts), the decision a sheet of its own with its reason.
 */
@ApplicationTest
class OneMarkSheetTest {

    @Autowired Scenario s;
    @Autowired GradingService grading;

    private List<String> sheets(long applicationId) {
        return s.jdbc.queryForList("SELECT sheet, part_no, marker_name, mark, reason, script_id FROM mark_sheet"
                + " WHERE application_id = ? ORDER BY id", applicationId).stream()
                .map(r -> r.get("sheet") + "/" + r.get("part_no") + "/" + r.get("marker_name") + "/"
                        + ((BigDecimal) r.get("mark")).stripTrailingZeros().toPlainString() + "/" + r.get("reason")
                        + "/" + r.get("script_id"))
                .toList();
    }

    @Test
    void interviewScoresAndTheHeadsDecisionAreMarkSheetsOfTheInterviewPart() {
        // part 1 typed on computer, part 2 the interview: the board's sheets are of part 2
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, Scenario.TYPED_AND_INTERVIEW);
        long an = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45);

        s.interview(c, an, "60", "80");
        s.asUser(c.grader2, () -> {
            grading.enterScore(an, new BigDecimal("67.5"));   // a correction: a new sheet, the first one kept
            return null;
        });
        assertThat(sheets(an)).containsExactly(
                "MEMBER/2/Đỗ Trưởng Ban/60/null/null",
                "MEMBER/2/Hoàng Thành Viên/80/null/null",
                "MEMBER/2/Hoàng Thành Viên/67.5/null/null");
        // 60 and 67.5 are more than the spread rule's lowest band apart: the head decides, on a sheet of their own
        assertThat(grading.round2Scores(c.id).get(an).score()).isNull();
        s.asUser(c.grader1, () -> {
            grading.decideScore(an, new BigDecimal("66"), "Thống nhất theo biên bản");
            return null;
        });
        assertThat(sheets(an)).last().isEqualTo("HEAD/2/Đỗ Trưởng Ban/66/Thống nhất theo biên bản/null");
        assertThat(grading.round2Scores(c.id).get(an).score()).isEqualByComparingTo("66");
    }
}
