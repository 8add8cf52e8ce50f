package vn.thituyen.grading.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.thituyen.campaign.RuleSet.WrittenMarking;
import vn.thituyen.campaign.RuleSet.WrittenMarking.Escalation;

/**
 * How the marks of an anonymised written script become its mark (TT 6/2020/TT-BNV, Quy chế — chấm thi viết, carried
 * into TT 22/2025/TT-BNV; {@code docs/domain.md} § Exam administration). Two markers mark alone, on separate sheets:
 * <ul>
 *   <li>gap ≤ the rule set's tolerance (5 of 100): the mark is the mean of the two, rounded half up to two decimals;</li>
 *   <li>a larger gap goes the rule set's path ({@link Escalation}):
 *     <ul>
 *       <li>{@code CONFER_THEN_HEAD}: the two markers confer; a mark both record is the mark; if they cannot
 *           agree, the marking board head decides;</li>
 *       <li>{@code THIRD_MARKER}: a third marker marks alone; of the three marks, the two closest together give
 *           their mean when they are within the tolerance (and only one pair is closest); otherwise the head
 *           decides.</li>
 *     </ul></li>
 * </ul>
 * A script the board head has set to zero (two scripts, two handwritings, two ink colours, paper not issued,
 * {@link AutomaticZeroRule}) is 0 whatever the marks. Every step is recorded by the caller with who, when and why.
 */
public final class WrittenMarkRule {

    /** The highest mark of a written paper. */
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    private WrittenMarkRule() {
    }

    /** Where the script stands. */
    public enum State {
        /** One or both of the first two marks are missing. */
        AWAITING_MARKS,
        /** The gap is too large: the two markers are to confer. */
        CONFER_REQUIRED,
        /** The gap is too large: a third marker is to mark. */
        THIRD_MARK_REQUIRED,
        /** The board head is to decide the mark. */
        HEAD_DECISION_REQUIRED,
        /** The script has its mark. */
        FINAL
    }

    /** How a final mark came about. */
    public enum Basis { MEAN, AGREED_AFTER_CONFERRING, THIRD_MARK, HEAD_DECISION, AUTOMATIC_ZERO }

    /**
     * What is known of one script.
     * @param first        marker 1's mark, or null
     * @param second       marker 2's mark, or null
     * @param agreed       the mark the two markers agreed after conferring, or null
     * @param conferFailed the two markers said they cannot agree
     * @param third        the third marker's mark, or null
     * @param headMark     the board head's decided mark, or null
     * @param zeroed       the board head set the script to zero on a marker's report
     */
    public record Marks(BigDecimal first, BigDecimal second, BigDecimal agreed, boolean conferFailed,
            BigDecimal third, BigDecimal headMark, boolean zeroed) {

        public static Marks of(BigDecimal first, BigDecimal second) {
            return new Marks(first, second, null, false, null, null, false);
        }
    }

    /** The state, and the mark with its basis when final; {@code gap} is |first − second| once both are in. */
    public record Outcome(State state, BigDecimal mark, Basis basis, BigDecimal gap) {
    }

    public static Outcome evaluate(Marks m, WrittenMarking rules) {
        if (m.zeroed()) {
            return new Outcome(State.FINAL, BigDecimal.ZERO.setScale(2), Basis.AUTOMATIC_ZERO, gap(m));
        }
        if (m.first() == null || m.second() == null) {
            return new Outcome(State.AWAITING_MARKS, null, null, null);
        }
        BigDecimal gap = gap(m);
        if (gap.compareTo(rules.tolerance()) <= 0) {
            return new Outcome(State.FINAL, mean(m.first(), m.second()), Basis.MEAN, gap);
        }
        if (m.headMark() != null) {
            return new Outcome(State.FINAL, m.headMark().setScale(2, RoundingMode.UNNECESSARY), Basis.HEAD_DECISION,
                    gap);
        }
        return rules.escalation() == Escalation.CONFER_THEN_HEAD ? afterConferring(m, gap) : afterThirdMark(m, rules,
                gap);
    }

    private static Outcome afterConferring(Marks m, BigDecimal gap) {
        if (m.agreed() != null) {
            return new Outcome(State.FINAL, m.agreed().setScale(2, RoundingMode.UNNECESSARY),
                    Basis.AGREED_AFTER_CONFERRING, gap);
        }
        return new Outcome(m.conferFailed() ? State.HEAD_DECISION_REQUIRED : State.CONFER_REQUIRED, null, null, gap);
    }

    private static Outcome afterThirdMark(Marks m, WrittenMarking rules, BigDecimal gap) {
        if (m.third() == null) {
            return new Outcome(State.THIRD_MARK_REQUIRED, null, null, gap);
        }
        BigDecimal a = m.first();
        BigDecimal b = m.second();
        BigDecimal c = m.third();
        BigDecimal ac = a.subtract(c).abs();
        BigDecimal bc = b.subtract(c).abs();
        // a–b is already known to be over the tolerance, so the closest pair holds the third mark
        int closer = ac.compareTo(bc);
        BigDecimal nearest = closer < 0 ? ac : bc;
        if (closer == 0 || nearest.compareTo(rules.tolerance()) > 0) {
            // the third mark sits halfway between the two, or near neither: the head decides
            return new Outcome(State.HEAD_DECISION_REQUIRED, null, null, gap);
        }
        return new Outcome(State.FINAL, mean(closer < 0 ? a : b, c), Basis.THIRD_MARK, gap);
    }

    private static BigDecimal gap(Marks m) {
        return m.first() == null || m.second() == null ? null : m.first().subtract(m.second()).abs();
    }

    private static BigDecimal mean(BigDecimal x, BigDecimal y) {
        return x.add(y).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    /** A valid mark for one script: 0 to 100 with at most two decimals (the same for every marker and the head). */
    public static boolean validMark(BigDecimal mark) {
        return mark != null && mark.signum() >= 0 && mark.compareTo(MAX) <= 0
                && mark.stripTrailingZeros().scale() <= 2;
    }
}
