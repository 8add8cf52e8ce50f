package vn.thituyen.campaign.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.identity.Role;

/**
 * Who may sit on a campaign's boards (ND 138/2020/NĐ-CP Art. 7; TT 6/2020/TT-BNV Art. 3-9; domain.md § Exam
 * administration): one head per board (per position for an interview board); the appeals board never holds a
 * marker of the same campaign (reviewers must not be the original markers); an account sits where its role can do
 * the board's work; and a member is barred from any board whose candidates include a declared relative
 * ({@link CouncilRule#conflicts}, the candidates a board touches are {@link #touches}).
 */
public final class BoardRule {

    private BoardRule() {
    }

    /** One seat as the rule sees it; {@code positionId} null = every position of the campaign. */
    public record Seat(BoardKind board, long userId, Long positionId, boolean head) {
    }

    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.SECRETARY, Role.CHAIR, Role.AUTHOR,
            Role.INVIGILATOR, Role.GRADER);

    /** Whether an account of {@code role} can do the board's work in this product. */
    public static boolean accepts(BoardKind board, Role role) {
        if (role == null || !STAFF.contains(role)) {
            return false;
        }
        return switch (board) {
            case QUESTIONS -> role == Role.AUTHOR || role == Role.CHAIR;
            case INVIGILATION -> role == Role.INVIGILATOR || role == Role.SECRETARY;
            case MARKING, INTERVIEW, APPEALS -> role == Role.GRADER;
            case FORM_REVIEW, ANONYMISATION, SUPERVISION -> true;
        };
    }

    /**
     * Why a seat cannot be added, as a message key, or null: the same person twice on one board (scope), a second
     * head, a position scope on a board that serves every position, a marker on the appeals board or an appeals
     * reviewer on the marking board.
     */
    public static String refusal(Collection<Seat> existing, Seat wanted) {
        if (wanted.positionId() != null && !wanted.board().perPosition()) {
            return "error.board.notPerPosition";
        }
        for (Seat s : existing) {
            if (s.board() == wanted.board() && s.userId() == wanted.userId()
                    && Objects.equals(s.positionId(), wanted.positionId())) {
                return "error.board.alreadyMember";
            }
            if (wanted.head() && s.head() && s.board() == wanted.board()
                    && Objects.equals(s.positionId(), wanted.positionId())) {
                return "error.board.headExists";
            }
            if (s.userId() == wanted.userId() && (s.board() == BoardKind.MARKING && wanted.board() == BoardKind.APPEALS
                    || s.board() == BoardKind.APPEALS && wanted.board() == BoardKind.MARKING)) {
                return "error.board.appealsMarker";
            }
        }
        return null;
    }

    /** Whether a board seat reaches a candidate of {@code candidatePositionId}: its position, or every position. */
    public static boolean touches(Seat seat, long candidatePositionId) {
        return seat.positionId() == null || seat.positionId() == candidatePositionId;
    }

    /** The members who mark a candidate of {@code positionId}: the seats that touch the position, each person once. */
    public static java.util.List<Long> membersFor(Collection<Seat> seats, long positionId) {
        return seats.stream().filter(s -> touches(s, positionId)).map(Seat::userId).distinct().toList();
    }

    /** The head for candidates of {@code positionId}: the position's own board head, else the all-positions head. */
    public static java.util.Optional<Long> headFor(Collection<Seat> seats, long positionId) {
        java.util.Optional<Long> own = seats.stream().filter(s -> s.head() && s.positionId() != null
                && s.positionId() == positionId).map(Seat::userId).findFirst();
        return own.isPresent() ? own
                : seats.stream().filter(s -> s.head() && s.positionId() == null).map(Seat::userId).findFirst();
    }
}
