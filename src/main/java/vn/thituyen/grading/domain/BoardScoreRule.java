package vn.thituyen.grading.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How a board's scores become one score (interviews, practicals, đề án defences): each member scores alone;
 * when highest − lowest ≤ the allowed spread (5 points of 100, TT 6/2020/TT-BNV Art. 17–18 practice)
 * the score is the members' mean rounded to one decimal; otherwise the board head must decide the score and
 * record why.
 */
public final class BoardScoreRule {

    private BoardScoreRule() {
    }

    public enum Kind { INCOMPLETE, AGREED, DECISION_REQUIRED }

    public record Outcome(Kind kind, BigDecimal score, BigDecimal spread) {
    }

    public static Outcome evaluate(Collection<BigDecimal> scores, int boardSize, BigDecimal maxSpread) {
        if (boardSize < 1) {
            throw new IllegalArgumentException("board without members");
        }
        if (scores.size() < boardSize) {
            return new Outcome(Kind.INCOMPLETE, null, null);
        }
        BigDecimal max = scores.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = scores.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal spread = max.subtract(min);
        if (spread.compareTo(maxSpread) > 0) {
            return new Outcome(Kind.DECISION_REQUIRED, null, spread);
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // divide with headroom first, then round once, so 70.25 → 70.3 and not a double rounding artefact
        BigDecimal mean = sum.divide(BigDecimal.valueOf(scores.size()), 10, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP);
        return new Outcome(Kind.AGREED, mean, spread);
    }

    /** A valid board score: 0 to 100, at most two decimals. */
    public static boolean validScore(BigDecimal score) {
        return score != null && score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0
                && score.stripTrailingZeros().scale() <= 2;
    }
}
