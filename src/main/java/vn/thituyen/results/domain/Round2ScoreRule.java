package vn.thituyen.results.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.thituyen.campaign.RuleSet;

/**
 * The round-2 score (điểm vòng 2) from its parts, on a 100-point scale. ND 170/2025/NĐ-CP: interview, written, or
 * both with written 70 % / interview 30 %, and each part must reach 50 % of its maximum; ND 138/2020 and
 * ND 115/2020: one of the forms (practical for viên chức), the part minimum (?) none.
 * <p>
 * Rounding: each part is brought to 100 ({@code score × 100 / max}), the weighted mean
 * {@code Σ(weight × part) / Σ weight} is computed to 10 decimals and rounded once, half up, to 2 decimals — the
 * scale of a stored round-2 score. A single part of maximum 100 is therefore its own score, unchanged.
 */
public final class Round2ScoreRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Round2ScoreRule() {
    }

    /**
     * One part as marked.
     * @param weight relative weight among the parts (70 and 30, or 7 and 3: only the ratio counts)
     */
    public record Part(RuleSet.Round2Form kind, BigDecimal score, BigDecimal max, BigDecimal weight) {
    }

    /**
     * @param score       combined, on 100, two decimals
     * @param partsPassed every part reached the set's minimum fraction of its maximum
     * @param passed      {@code partsPassed} and {@code score} at least the set's pass mark
     */
    public record Result(BigDecimal score, boolean partsPassed, boolean passed) {
    }

    /**
     * @throws IllegalArgumentException no parts, a kind the rule set does not allow, a score outside 0..max, a
     *                                  maximum or weight not above 0
     */
    public static Result combine(List<Part> parts, RuleSet.Round2 rules) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("round 2 without parts");
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        boolean partsPassed = true;
        for (Part p : parts) {
            if (!rules.kinds().contains(p.kind())) {
                throw new IllegalArgumentException(p.kind() + " is not a round-2 part of this rule set");
            }
            if (p.max().signum() <= 0 || p.weight().signum() <= 0 || p.score().signum() < 0
                    || p.score().compareTo(p.max()) > 0) {
                throw new IllegalArgumentException("part " + p);
            }
            // ND 170/2025: each part at least its fraction of the part's own maximum
            partsPassed &= p.score().compareTo(p.max().multiply(rules.partMinimumFraction())) >= 0;
            BigDecimal on100 = p.score().multiply(HUNDRED).divide(p.max(), 10, RoundingMode.HALF_UP);
            weighted = weighted.add(on100.multiply(p.weight()));
            weights = weights.add(p.weight());
        }
        BigDecimal score = weighted.divide(weights, 10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
        return new Result(score, partsPassed, partsPassed && score.compareTo(rules.passMark()) >= 0);
    }
}
