package vn.thituyen.grading.domain;

import java.util.Set;
import vn.thituyen.campaign.PartKind;

/**
 * The automatic zero of a written script (TT 6/2020/TT-BNV, Quy chế — chấm thi viết; {@code docs/domain.md}
 * § Exam administration): a marker reports what they saw, the marking board head decides. A script is 0 only when
 * the head confirms a reason that applies to how the part was sat: handwriting, ink and paper are things of paper
 * scripts, so only a second script can be reported on a script typed on a computer.
 */
public final class AutomaticZeroRule {

    private AutomaticZeroRule() {
    }

    /** What a marker may report. */
    public enum Reason {
        /** The candidate handed in two scripts for the paper (hai bài). */
        TWO_SCRIPTS,
        /** Two handwritings in one script (hai loại chữ). */
        TWO_HANDWRITINGS,
        /** Two ink colours in one script (hai màu mực). */
        TWO_INK_COLOURS,
        /** Written on paper the board did not issue (giấy thi không đúng quy định). */
        PAPER_NOT_ISSUED
    }

    /** Whether a marker may report this reason on a script of this kind. */
    public static boolean applies(Reason reason, PartKind kind) {
        if (reason == null || kind == null || !kind.written()) {
            return false;
        }
        return kind == PartKind.WRITTEN_PAPER || reason == Reason.TWO_SCRIPTS;
    }

    /**
     * Whether the script is set to zero: the head confirmed, and at least one reported reason applies.
     * @param headConfirmed true when the board head confirmed the report; false when rejected or not yet decided
     */
    public static boolean zeroed(Set<Reason> reported, PartKind kind, boolean headConfirmed) {
        return headConfirmed && reported != null && reported.stream().anyMatch(r -> applies(r, kind));
    }
}
