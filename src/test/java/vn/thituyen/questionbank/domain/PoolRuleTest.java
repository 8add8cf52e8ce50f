package vn.thituyen.questionbank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TT 6/2020/TT-BNV Art. 19: the pool holds at least 3 × the questions drawn. */
class PoolRuleTest {

    @ParameterizedTest(name = "pool {0}, drawn {1} → required {2}, covers {3}")
    @CsvSource(delimiter = '|', textBlock = """
        180 | 60 | 180 | true
        179 | 60 | 180 | false
        90  | 30 | 90  | true
        89  | 30 | 90  | false
        500 | 60 | 180 | true
        6   | 2  | 6   | true
        5   | 2  | 6   | false
        0   | 0  | 0   | true
        """)
    void threeTimesTheQuestionsDrawn(long pool, int drawn, long required, boolean covers) {
        assertThat(PoolRule.required(drawn)).isEqualTo(required);
        assertThat(PoolRule.covers(pool, drawn)).isEqualTo(covers);
    }

    @Test
    void aNegativeDrawIsAnError() {
        assertThatThrownBy(() -> PoolRule.required(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
