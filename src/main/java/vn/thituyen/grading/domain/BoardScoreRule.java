package vn.thituyen.grading.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import vn.thituyen.campaign.RuleSet;

/**
 * How a board's scores become one score (interviews, practicals, đề án defences): each member scores alone, then
 * the spread (highest − lowest) decides, in the bands of the rule set ({@link RuleSet.BoardSpread}):
 * <ul>
 *   <li>spread ≤ 5 (of 100): the members' mean rounded to one decimal (TT 6/2020/TT-BNV Art. 17–18 practice);</li>
 *   <li>5 &lt; spread (&lt; 10 when the chair's band is set): the board head confers and decides the score,
 *       recorded with the reason;</li>
 *   <li>spread ≥ 10, when the rule set escalates (?): the council chair decides, recorded with the reason.</li>
 * </ul>
 */
public final class BoardScoreRule {

    private BoardScoreRule() {
    }

    /** {@code DECISION_REQUIRED}: the board head decides; {@code CHAIR_DECISION_REQUIRED}: the council chair. */
    public enum Kind { INCOMPLETE, AGREED, DECISION_REQUIRED, CHAIR_DECISION_REQUIRED }

    public record Outcome(Kind kind, BigDecimal score, BigDecimal spread) {
    }

    public static Outcome evaluate(Collection<BigDecimal> scores, int boardSize, RuleSet.BoardSpread bands) {
        if (boardSize < 1) {
            throw new IllegalArgumentException("board without members");
        }
        if (scores.size() < boardSize) {
            return new Outcome(Kind.INCOMPLETE, null, null);
        }
        BigDecimal max = scores.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = scores.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal spread = max.subtract(min);
        if (bands.chairFrom() != null && spread.compareTo(bands.chairFrom()) >= 0) {
            return new Outcome(Kind.CHAIR_DECISION_REQUIRED, null, spread);
        }
        if (spread.compareTo(bands.meanUpTo()) > 0) {
            return new Outcome(Kind.DECISION_REQUIRED, null, spread);
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // divide with headroom first, then round once, so 70.25 → 70.3 and not a double rounding artefact
        BigDecimal mean = sum.divide(BigDecimal.valueOf(scores.size()), 10, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP);
        return new Outcome(Kind.AGREED, mean, spread);
    }

    /** Who decides a score the members do not settle: the board head, or the council chair. */
    public enum Decider { BOARD_HEAD, COUNCIL_CHAIR }

    /** Who must decide a score of this kind, or null when nobody has to. */
    public static Decider decider(Kind kind) {
        return switch (kind) {
            case DECISION_REQUIRED -> Decider.BOARD_HEAD;
            case CHAIR_DECISION_REQUIRED -> Decider.COUNCIL_CHAIR;
            case INCOMPLETE, AGREED -> null;
        };
    }

    /**
     * The final score: the mean when agreed; the latest decision when one is needed and was made by the one who
     * must decide (a head's decision does not settle a spread the chair decides); otherwise none yet (null).
     * @param decidedAs    who made the latest decision recorded for the candidate, or null when there is none
     * @param decidedScore the score of that decision
     */
    public static BigDecimal finalScore(Outcome outcome, Decider decidedAs, BigDecimal decidedScore) {
        if (outcome.kind() == Kind.AGREED) {
            return outcome.score();
        }
        Decider needed = decider(outcome.kind());
        return needed != null && decidedAs == needed ? decidedScore : null;
    }

    /** A valid board score: 0 to 100, at most two decimals. */
    public static boolean validScore(BigDecimal score) {
        return score != null && score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0
                && score.stripTrailingZeros().scale() <= 2;
    }
}
