package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spread rule for boards: spread ≤ 5 → mean rounded to one decimal; otherwise the head decides. */
class BoardScoreRuleTest {

    @ParameterizedTest(name = "{0} (board of {1})")
    @CsvSource(delimiter = '|', textBlock = """
        80 78          | 2 | AGREED            | 79.0
        70 75          | 2 | AGREED            | 72.5
        70 75.01       | 2 | DECISION_REQUIRED |
        60 70          | 2 | DECISION_REQUIRED |
        70 71 72       | 3 | AGREED            | 71.0
        70 70 71       | 3 | AGREED            | 70.3
        70 71 71       | 3 | AGREED            | 70.7
        70.25 70.25    | 2 | AGREED            | 70.3
        70.24 70.24    | 2 | AGREED            | 70.2
        50 50 55 52 51 | 5 | AGREED            | 51.6
        90             | 2 | INCOMPLETE        |
        100 95         | 2 | AGREED            | 97.5
        0 5            | 2 | AGREED            | 2.5
        """)
    void spreadRule(String scores, int boardSize, BoardScoreRule.Kind kind, String mean) {
        List<BigDecimal> s = Arrays.stream(scores.trim().split("\\s+")).map(BigDecimal::new).toList();
        BoardScoreRule.Outcome o = BoardScoreRule.evaluate(s, boardSize, new BigDecimal("5"));
        assertThat(o.kind()).isEqualTo(kind);
        if (mean == null) {
            assertThat(o.score()).isNull();
        } else {
            assertThat(o.score()).isEqualByComparingTo(mean);
            assertThat(o.score().scale()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @CsvSource({"0, true", "100, true", "72.25, true", "100.01, false", "-1, false", "72.125, false"})
    void validScores(String score, boolean valid) {
        assertThat(BoardScoreRule.validScore(new BigDecimal(score))).isEqualTo(valid);
    }
}
