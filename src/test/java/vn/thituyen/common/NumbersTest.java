package vn.thituyen.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores typed either way are read the same; shown one way per language. */
class NumbersTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "74.5|74.5", "74,5|74.5", " 74,5 |74.5", "74|74", "0|0", "100|100", "100,00|100.00", "7.45|7.45",
        "74,50|74.50", "9,05|9.05",
        // not a score: never a silent 745
        "74.5.1|", "7,455|", "1.000|", "101|", "100,01|", "-1|", "abc|", "|", "74 5|", "1e2|", ",5|", "74,|",
    })
    void readsAScoreTypedEitherWay(String typed, String expected) {
        assertThat(Numbers.parseScore(typed, HUNDRED, 2).map(BigDecimal::toPlainString).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "74.5|vi|74,5", "74.5|en|74.5", "80.0|vi|80", "7.50|en|7.5", "0|vi|0", "|vi|",
    })
    void showsScoresThePagesWay(String value, String language, String shown) {
        BigDecimal v = value == null ? null : new BigDecimal(value);
        assertThat(new Numbers(Locale.forLanguageTag(language)).score(v)).isEqualTo(shown == null ? "" : shown);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {"0.125|0,13|0.13", "0.5|0,50|0.50"})
    void decimalsRoundHalfUp(double v, String vi, String en) {
        assertThat(new Numbers(Locale.forLanguageTag("vi")).decimal(v)).isEqualTo(vi);
        assertThat(new Numbers(Locale.ENGLISH).decimal(v)).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {"150000|150.000 đồng|150,000 VND", "500|500 đồng|500 VND",
            "1250000|1.250.000 đồng|1,250,000 VND"})
    void moneyInEachLanguage(long vnd, String vi, String en) {
        assertThat(new Numbers(Locale.forLanguageTag("vi")).money(vnd)).isEqualTo(vi);
        assertThat(new Numbers(Locale.ENGLISH).money(vnd)).isEqualTo(en);
    }
}
