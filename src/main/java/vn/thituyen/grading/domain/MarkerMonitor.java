package vn.thituyen.grading.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the marking board head watches while marking goes on, as onscreen-marking systems do: per marker, how many
 * scripts they marked, the mean and spread (population standard deviation) of their marks, and how often their mark
 * was further than the rule set's tolerance from their partner's. A marker whose mean sits far from the board's, or
 * who is often out of tolerance, is an outlier to look at: {@link #outliers}.
 */
public final class MarkerMonitor {

    /** Out of tolerance on more than this share of paired scripts: worth a look. */
    public static final BigDecimal RATE_TO_WATCH = new BigDecimal("0.30");
    /** Nobody is judged on fewer scripts than this. */
    public static final int MINIMUM_MARKED = 5;

    private MarkerMonitor() {
    }

    /** One mark as marked: who, the mark, and the partner's mark on the same script (null until it is in). */
    public record Marked(String marker, BigDecimal mark, BigDecimal partnerMark) {
    }

    /**
     * @param outOfTolerance scripts where both marks are in and they are further apart than the tolerance
     * @param paired         scripts where both marks are in
     */
    public record Stats(String marker, int marked, BigDecimal mean, BigDecimal spread, int paired,
            int outOfTolerance) {

        /** The share of paired scripts out of tolerance, 0 to 1 (0 when none is paired yet). */
        public BigDecimal outOfToleranceRate() {
            return paired == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(outOfTolerance).divide(BigDecimal.valueOf(paired), 2, RoundingMode.HALF_UP);
        }
    }

    /** Per marker, in the order markers first appear. Means and spreads to two decimals. */
    public static List<Stats> stats(Collection<Marked> marks, BigDecimal tolerance) {
        Map<String, List<Marked>> byMarker = new LinkedHashMap<>();
        marks.forEach(m -> byMarker.computeIfAbsent(m.marker(), k -> new ArrayList<>()).add(m));
        List<Stats> out = new ArrayList<>();
        byMarker.forEach((marker, own) -> {
            BigDecimal n = BigDecimal.valueOf(own.size());
            BigDecimal mean = own.stream().map(Marked::mark).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(n, 10, RoundingMode.HALF_UP);
            BigDecimal variance = own.stream().map(m -> m.mark().subtract(mean).pow(2))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, 10, RoundingMode.HALF_UP);
            int paired = 0;
            int out1 = 0;
            for (Marked m : own) {
                if (m.partnerMark() != null) {
                    paired++;
                    out1 += m.mark().subtract(m.partnerMark()).abs().compareTo(tolerance) > 0 ? 1 : 0;
                }
            }
            out.add(new Stats(marker, own.size(), mean.setScale(2, RoundingMode.HALF_UP),
                    variance.sqrt(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP), paired, out1));
        });
        return out;
    }

    /**
     * The markers to look at while marking goes on: a mean more than two tolerances from the mean of all marks, or
     * out of tolerance on more than {@link #RATE_TO_WATCH} of their paired scripts, once they marked
     * {@link #MINIMUM_MARKED} scripts.
     */
    public static List<String> outliers(List<Stats> stats, BigDecimal tolerance) {
        return outliers(stats, tolerance.multiply(BigDecimal.valueOf(2)), RATE_TO_WATCH, MINIMUM_MARKED);
    }

    /**
     * The markers to look at: mean more than {@code meanGap} away from the mean of all marks, or out of tolerance
     * on more than {@code rate} of their paired scripts (with at least {@code minimum} scripts marked, so that the
     * first few scripts raise nobody).
     */
    public static List<String> outliers(List<Stats> stats, BigDecimal meanGap, BigDecimal rate, int minimum) {
        int total = stats.stream().mapToInt(Stats::marked).sum();
        if (total == 0) {
            return List.of();
        }
        BigDecimal all = stats.stream().map(s -> s.mean().multiply(BigDecimal.valueOf(s.marked())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP);
        return stats.stream().filter(s -> s.marked() >= minimum)
                .filter(s -> s.mean().subtract(all).abs().compareTo(meanGap) > 0
                        || s.outOfToleranceRate().compareTo(rate) > 0)
                .map(Stats::marker).toList();
    }
}
