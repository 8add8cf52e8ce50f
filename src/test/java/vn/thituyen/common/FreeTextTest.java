package vn.thituyen.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreeTextTest {

    @ParameterizedTest(name = "\"{0}\" (max {1}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        Máy tính bị treo, đổi máy       | 100 | NULL
        ''                              | 100 | validation.required
        '   '                           | 100 | validation.required
        NULL                            | 100 | validation.required
        abcdef                          | 5   | validation.tooLong
        <script>alert(1)</script>       | 100 | validation.text.chars
        a > b                           | 100 | validation.text.chars
        """)
    void check(String value, int max, String key) {
        assertThat(FreeText.check(value, max)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"'', ", "'  ', ", "TS0003, ", "'<b>', validation.text.chars"})
    void optionalTextMayBeEmpty(String value, String key) {
        assertThat(FreeText.checkOptional(value, 300)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreRefused() {
        assertThat(FreeText.check("dòng\u0000ẩn", 100)).isEqualTo("validation.text.chars");
    }
}
