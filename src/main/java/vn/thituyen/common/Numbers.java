package vn.thituyen.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as the reader writes them, one way per language everywhere (screens, public page, PDFs, spreadsheets):
 * {@code 74,5} and {@code 0,75} and {@code 33%} in Vietnamese, {@code 74.5}, {@code 0.75} in English; "–" when
 * undefined. Scores typed by people are read in either way, whatever the page's language, because both are what
 * people type: "74,5" on a Vietnamese keyboard habit, "74.5" from a calculator.
 */
public final class Numbers {

    /** A score as typed: whole points, then a decimal comma or point and at most {@code decimals} digits. */
    private static final Pattern SCORE = Pattern.compile("(\\d{1,3})(?:[.,](\\d+))?");

    private final DecimalFormat decimal;
    private final DecimalFormat percent;
    private final char separator;

    public Numbers(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        decimal = new DecimalFormat("0.00", symbols);
        percent = new DecimalFormat("0%", symbols);
        // official Vietnamese rounding is half up (0,125 → 0,13), not the banker's rounding DecimalFormat uses
        decimal.setRoundingMode(RoundingMode.HALF_UP);
        percent.setRoundingMode(RoundingMode.HALF_UP);
        separator = symbols.getDecimalSeparator();
    }

    /** Two decimals: 0,75 / 0.75; "–" when undefined. */
    public String decimal(Double v) {
        return v == null ? "–" : decimal.format(v);
    }

    public String percent(Double v) {
        return v == null ? "–" : percent.format(v);
    }

    /** An amount of money: "150.000 đồng" in Vietnamese, "150,000 VND" in English. */
    public String money(long vnd) {
        DecimalFormat grouped = new DecimalFormat("#,##0", decimal.getDecimalFormatSymbols());
        boolean vietnamese = separator == ',';
        return grouped.format(vnd) + (vietnamese ? " đồng" : " VND");
    }

    /** A score as it was given, without trailing zeros: 74,5 / 74.5 / 80; "" when there is none. */
    public String score(BigDecimal v) {
        return score(v, separator);
    }

    /** The Vietnamese way, for documents that are Vietnamese whatever the reader's language (official PDFs). */
    public static String scoreVi(BigDecimal v) {
        return score(v, ',');
    }

    private static String score(BigDecimal v, char separator) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString().replace('.', separator);
    }

    /**
     * A score typed by a person, 0 to {@code max}, at most {@code decimals} decimal places, with a decimal comma or
     * point; blanks around are ignored. Empty when the text is no such score (the caller says why, next to the
     * field): "745" is never what "74.5" meant, and "1.000,5" is no score.
     */
    public static Optional<BigDecimal> parseScore(String text, BigDecimal max, int decimals) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SCORE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String fraction = m.group(2);
        if (fraction != null && fraction.length() > decimals) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(m.group(1) + (fraction == null ? "" : "." + fraction));
        return v.compareTo(max) > 0 ? Optional.empty() : Optional.of(v);
    }
}
