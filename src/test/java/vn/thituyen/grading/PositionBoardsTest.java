package vn.thituyen.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.Role;

/**
 * Issue 11 § 3: the interview board may be set up per position. A candidate is scored by the members whose board
 * serves their position, and decided by that board's head (the position's own head before the all-positions one).
 */
@ApplicationTest
class PositionBoardsTest {

    @Autowired Scenario s;
    @Autowired GradingService grading;

    @Test
    void aPositionsOwnBoardScoresItsCandidatesAndItsHeadDecides() {
        Scenario.Campaign c = s.newCampaign();
        long first = s.apply(c, c.position1, "Phan Văn Một", null);
        long second = s.apply(c, c.position2, "Phan Thị Hai", null);
        String own = "g3-" + c.tag;
        long ownId = s.as("system-admin", Role.ADMIN, () -> {
            long id = s.identity.createAccount(own, Scenario.PASSWORD, "Tạ Trưởng Ban VT02", null, Role.GRADER);
            s.councils.seatOnBoard(c.id, BoardKind.INTERVIEW, id, c.position2, true);
            return id;
        });
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(first, 40, 20);
        s.sit(second, 40, 20);

        // VT02's head sees VT02's candidate only; VT01's candidate has a board of two, VT02's of three
        assertThat(s.asUser(own, () -> grading.mySheet(c.id)).rows())
                .extracting(GradingService.InterviewRow::applicationId).containsExactly(second);
        assertThat(s.asUser(c.grader1, () -> grading.mySheet(c.id)).rows())
                .extracting(GradingService.InterviewRow::applicationId, GradingService.InterviewRow::boardSize)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first, 2),
                        org.assertj.core.groups.Tuple.tuple(second, 3));
        assertThatThrownBy(() -> s.asUser(own, () -> {
            grading.enterScore(first, new BigDecimal("70"));
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                .isEqualTo("error.board.notMember"));

        // VT02: 70, 78, 76 → spread 8: VT02's own head decides, not the all-positions head
        s.interview(c, second, "70", "78");
        s.asUser(own, () -> {
            grading.enterScore(second, new BigDecimal("76"));
            return null;
        });
        assertThatThrownBy(() -> s.asUser(c.grader1, () -> {
            grading.decideScore(second, new BigDecimal("75"), "Thống nhất của Ban");
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                .isEqualTo("error.board.notHead"));
        s.asUser(own, () -> {
            grading.decideScore(second, new BigDecimal("75"), "Ban thống nhất sau khi trao đổi");
            return null;
        });
        assertThat(grading.round2Scores(c.id).get(second).score()).isEqualByComparingTo("75");
        assertThat(ownId).isPositive();
    }
}
