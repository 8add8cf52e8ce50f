package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.RuleSet;

/**
 * The spread rule for boards (TT 6/2020/TT-BNV Art. 17–18 practice, docs/domain.md): spread ≤ 5 → mean rounded to
 * one decimal; otherwise the head decides; with the chair's band (?), spread ≥ 10 → the council chair decides.
 */
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
        BoardScoreRule.Outcome o = BoardScoreRule.evaluate(s, boardSize,
                new RuleSet.BoardSpread(new BigDecimal("5"), null));
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

    /** Three bands: ≤ 5 mean; 5 < spread < 10 the board head; ≥ 10 the council chair (CHAIR_ESCALATION (?)). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        80 78       | AGREED                  | 79.0
        70 75       | AGREED                  | 72.5
        70 75.01    | DECISION_REQUIRED       |
        60 69.99    | DECISION_REQUIRED       |
        60 70       | CHAIR_DECISION_REQUIRED |
        50 90       | CHAIR_DECISION_REQUIRED |
        60 65 70    | CHAIR_DECISION_REQUIRED |
        62 65 70    | DECISION_REQUIRED       |
        90          | INCOMPLETE              |
        """)
    void threeBands(String scores, BoardScoreRule.Kind kind, String mean) {
        List<BigDecimal> s = Arrays.stream(scores.trim().split("\\s+")).map(BigDecimal::new).toList();
        BoardScoreRule.Outcome o = BoardScoreRule.evaluate(s, Math.max(2, s.size()),
                new RuleSet.BoardSpread(new BigDecimal("5"), new BigDecimal("10")));
        assertThat(o.kind()).isEqualTo(kind);
        if (mean == null) {
            assertThat(o.score()).isNull();
        } else {
            assertThat(o.score()).isEqualByComparingTo(mean);
        }
    }

    /** The rule sets' own bands, default options: CIVIL_SERVANT_2020 has no chair band (the head decides 10 too). */
    @ParameterizedTest(name = "{0}: 60 and 70")
    @CsvSource({"CIVIL_SERVANT_2020, DECISION_REQUIRED", "CIVIL_SERVANT_2025, CHAIR_DECISION_REQUIRED",
            "PUBLIC_EMPLOYEE_2020, CHAIR_DECISION_REQUIRED"})
    void bandsOfTheRuleSet(RuleSet set, BoardScoreRule.Kind kind) {
        assertThat(BoardScoreRule.evaluate(List.of(new BigDecimal("60"), new BigDecimal("70")), 2,
                set.parameters().boardSpread()).kind()).isEqualTo(kind);
    }

    /**
     * The final score: the mean when agreed; a decision only when made by who must decide (a head's decision does
     * not settle the chair's band, nor the chair's the head's); none otherwise.
     */
    @ParameterizedTest(name = "{0} decided by {1}")
    @CsvSource({
        "AGREED, , 72.5", "AGREED, BOARD_HEAD, 72.5",
        "DECISION_REQUIRED, , ", "DECISION_REQUIRED, BOARD_HEAD, 66", "DECISION_REQUIRED, COUNCIL_CHAIR, ",
        "CHAIR_DECISION_REQUIRED, , ", "CHAIR_DECISION_REQUIRED, BOARD_HEAD, ",
        "CHAIR_DECISION_REQUIRED, COUNCIL_CHAIR, 66", "INCOMPLETE, BOARD_HEAD, ",
    })
    void finalScore(BoardScoreRule.Kind kind, BoardScoreRule.Decider decidedAs, String expected) {
        BoardScoreRule.Outcome o = new BoardScoreRule.Outcome(kind,
                kind == BoardScoreRule.Kind.AGREED ? new BigDecimal("72.5") : null, BigDecimal.ONE);
        BigDecimal score = BoardScoreRule.finalScore(o, decidedAs, decidedAs == null ? null : new BigDecimal("66"));
        if (expected == null) {
            assertThat(score).isNull();
        } else {
            assertThat(score).isEqualByComparingTo(expected);
        }
    }
}
