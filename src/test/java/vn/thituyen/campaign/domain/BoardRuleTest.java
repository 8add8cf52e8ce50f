package vn.thituyen.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.identity.Role;

/**
 * The council's boards (ND 138/2020/NĐ-CP Art. 7; TT 6/2020/TT-BNV Art. 3-9; domain.md § Exam administration):
 * one head per board (per position for the interview board), reviewers of appeals are never the campaign's markers,
 * the interview board may serve one position, and a board reaches the candidates of the positions it serves.
 */
class BoardRuleTest {

    /** Seats written as BOARD:user[:position][:head], separated by spaces. */
    private static List<BoardRule.Seat> seats(String text) {
        List<BoardRule.Seat> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String s : text.trim().split("\\s+")) {
            out.add(seat(s));
        }
        return out;
    }

    private static BoardRule.Seat seat(String s) {
        String[] f = s.split(":");
        Long position = f.length > 2 && !f[2].equals("-") && !f[2].equals("head") ? Long.valueOf(f[2]) : null;
        boolean head = s.endsWith(":head");
        return new BoardRule.Seat(BoardKind.valueOf(f[0]), Long.parseLong(f[1]), position, head);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = ';', value = {
        // nothing in the way
        "'';                                    MARKING:1:-:head;   ",
        "MARKING:1:-:head;                      MARKING:2;          ",
        // the same person twice on one board (scope), a second head
        "MARKING:1;                             MARKING:1;          error.board.alreadyMember",
        "MARKING:1:-:head;                      MARKING:2:-:head;   error.board.headExists",
        // the interview board per position: one head per position, the same person on two positions' boards
        "INTERVIEW:1:10:head;                   INTERVIEW:2:11:head;",
        "INTERVIEW:1:10:head;                   INTERVIEW:2:10:head; error.board.headExists",
        "INTERVIEW:1:10;                        INTERVIEW:1:11;     ",
        "INTERVIEW:1:-:head;                    INTERVIEW:2:10:head;",
        // only the interview board is set up per position
        "'';                                    MARKING:1:10;       error.board.notPerPosition",
        "'';                                    INVIGILATION:1:10;  error.board.notPerPosition",
        // appeals are reviewed by people who did not mark (domain.md, Appeals)
        "MARKING:1;                             APPEALS:1;          error.board.appealsMarker",
        "APPEALS:1;                             MARKING:1;          error.board.appealsMarker",
        "MARKING:1;                             APPEALS:2;          ",
        // one person on unrelated boards of the same campaign
        "INVIGILATION:1;                        ANONYMISATION:1;    ",
    })
    void aSeatIsRefusedForTheReasonTheRuleNames(String existing, String wanted, String refusal) {
        assertThat(BoardRule.refusal(seats(existing), seat(wanted.trim()))).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "INVIGILATION,  INVIGILATOR, true",
        "INVIGILATION,  SECRETARY,   true",
        "INVIGILATION,  GRADER,      false",
        "INTERVIEW,     GRADER,      true",
        "INTERVIEW,     CHAIR,       false",
        "MARKING,       GRADER,      true",
        "APPEALS,       GRADER,      true",
        "APPEALS,       AUTHOR,      false",
        "QUESTIONS,     AUTHOR,      true",
        "QUESTIONS,     CHAIR,       true",
        "QUESTIONS,     INVIGILATOR, false",
        "FORM_REVIEW,   SECRETARY,   true",
        "FORM_REVIEW,   ADMIN,       true",
        "SUPERVISION,   CHAIR,       true",
        "ANONYMISATION, GRADER,      true",
        "FORM_REVIEW,   CANDIDATE,   false",
        "SUPERVISION,   EXAMINEE,    false",
    })
    void anAccountSitsWhereItsRoleCanDoTheWork(BoardKind board, Role role, boolean accepted) {
        assertThat(BoardRule.accepts(board, role)).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "board {0}, candidate of position {1} → {2}")
    @CsvSource(delimiter = ';', value = {
        "INTERVIEW:1;       10; true",
        "INTERVIEW:1:10;    10; true",
        "INTERVIEW:1:10;    11; false",
        "MARKING:1;         11; true",
    })
    void aBoardReachesTheCandidatesOfThePositionsItServes(String seat, long position, boolean touches) {
        assertThat(BoardRule.touches(seat(seat.trim()), position)).isEqualTo(touches);
    }

    @ParameterizedTest(name = "{0}, position {1} → members {2}, head {3}")
    @CsvSource(delimiter = ';', value = {
        // one board for all positions
        "INTERVIEW:1:-:head INTERVIEW:2;                               10; 1 2;   1",
        // a position's own board, with its own head, beside the all-positions board
        "INTERVIEW:1:-:head INTERVIEW:2 INTERVIEW:3:10:head;           10; 1 2 3; 3",
        "INTERVIEW:1:-:head INTERVIEW:2 INTERVIEW:3:10:head;           11; 1 2;   1",
        // a position's board without a head of its own: the all-positions head
        "INTERVIEW:1:-:head INTERVIEW:3:10;                            10; 1 3;   1",
        // nobody serves the position
        "INTERVIEW:3:10:head;                                          11; '';    ''",
        // a person on both boards counts once
        "INTERVIEW:1:-:head INTERVIEW:1:10;                            10; 1;     1",
    })
    void theBoardOfACandidateIsTheSeatsThatServeTheirPosition(String existing, long position, String members,
            String head) {
        List<Long> expected = members == null || members.isBlank() ? List.of()
                : java.util.Arrays.stream(members.trim().split("\\s+")).map(Long::valueOf).toList();
        assertThat(BoardRule.membersFor(seats(existing), position)).containsExactlyElementsOf(expected);
        assertThat(BoardRule.headFor(seats(existing), position).orElse(null))
                .isEqualTo(head == null || head.isBlank() ? null : Long.valueOf(head.trim()));
    }
}
