package vn.thituyen.questionbank.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Moodle's list of answer grades ({@code question_bank::fraction_options_full()}): 100 %, 90, 83.33333, 80, 75,
 * 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 and their
 * negatives. Moodle's importers (qformat_default, for Moodle XML and GIFT alike) accept an answer's grade only when
 * it is within 0.00001 of a listed one, as fractions of 1 ({@code match_grade_options}, "error"); with
 * "nearest grade if not listed" they take the nearest listed grade instead, the lower one on a tie.
 */
final class MoodleGrades {

    /** the listed grades in percent, ascending, as {@code fraction_options_full} sorts them */
    static final List<BigDecimal> PERCENT;

    /** 0.00001 as a fraction of 1 is 0.001 in percent */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    static {
        List<BigDecimal> all = new ArrayList<>();
        for (String g : List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40", "33.33333",
                "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5")) {
            all.add(new BigDecimal(g));
            all.add(new BigDecimal(g).negate());
        }
        all.add(BigDecimal.ZERO);
        all.sort(null);
        PERCENT = List.copyOf(all);
    }

    private MoodleGrades() {
    }

    /** The listed grade {@code percent} stands for (within Moodle's tolerance), or null when it is not listed. */
    static BigDecimal listed(BigDecimal percent) {
        for (BigDecimal g : PERCENT) {
            if (g.subtract(percent).abs().compareTo(TOLERANCE) < 0) {
                return g;
            }
        }
        return null;
    }

    /** The listed grade nearest to {@code percent}; on a tie the lower one, the first Moodle meets. */
    static BigDecimal nearest(BigDecimal percent) {
        BigDecimal best = PERCENT.get(0);
        BigDecimal mismatch = null;
        for (BigDecimal g : PERCENT) {
            BigDecimal m = g.subtract(percent).abs();
            if (mismatch == null || m.compareTo(mismatch) < 0) {
                best = g;
                mismatch = m;
            }
        }
        return best;
    }

    /** A grade as Moodle writes it: 33.33333, 100, -50. */
    static String format(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }
}
