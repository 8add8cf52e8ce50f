package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.RuleSet.WrittenMarking;
import vn.thituyen.campaign.RuleSet.WrittenMarking.Escalation;
import vn.thituyen.grading.domain.WrittenMarkRule.Basis;
import vn.thituyen.grading.domain.WrittenMarkRule.Marks;
import vn.thituyen.grading.domain.WrittenMarkRule.State;

/**
 * Two markers of a written script (TT 6/2020/TT-BNV, Quy chế — chấm thi viết; docs/domain.md § Exam administration):
 * a gap ≤ 5 of 100 gives the mean; a larger gap goes to conferring then the board head, or to a third marker, as the
 * rule set says; the head's automatic zero overrides every mark.
 */
class WrittenMarkRuleTest {

    private static WrittenMarking rules(Escalation path) {
        return new WrittenMarking(new BigDecimal("5"), path, 15, 150_000);
    }

    private static BigDecimal d(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }

    @ParameterizedTest(name = "{0} / {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        70    | 74    | FINAL           | 72.00
        70    | 75    | FINAL           | 72.50
        70    | 75.01 | CONFER_REQUIRED | -
        75.01 | 70    | CONFER_REQUIRED | -
        70.25 | 70.50 | FINAL           | 70.38
        0     | 5     | FINAL           | 2.50
        100   | 95    | FINAL           | 97.50
        100   | 0     | CONFER_REQUIRED | -
        60    | -     | AWAITING_MARKS  | -
        -     | -     | AWAITING_MARKS  | -
        """)
    void theFirstTwoMarks(String first, String second, State state, String mark) {
        WrittenMarkRule.Outcome o = WrittenMarkRule.evaluate(Marks.of(d(first), d(second)),
                rules(Escalation.CONFER_THEN_HEAD));
        assertThat(o.state()).isEqualTo(state);
        if (mark == null) {
            assertThat(o.mark()).isNull();
        } else {
            assertThat(o.mark()).isEqualByComparingTo(mark);
            assertThat(o.mark().scale()).isEqualTo(2);
            assertThat(o.basis()).isEqualTo(Basis.MEAN);
        }
    }

    /** Confer, then the head: an agreed mark settles it; a failed conference goes to the head, whose mark settles it. */
    @ParameterizedTest(name = "agreed {0}, failed {1}, head {2} → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        -  | false | -  | CONFER_REQUIRED        | -  | -
        66 | false | -  | FINAL                  | 66 | AGREED_AFTER_CONFERRING
        -  | true  | -  | HEAD_DECISION_REQUIRED | -  | -
        -  | true  | 64 | FINAL                  | 64 | HEAD_DECISION
        """)
    void conferThenHead(String agreed, boolean failed, String head, State state, String mark, Basis basis) {
        WrittenMarkRule.Outcome o = WrittenMarkRule.evaluate(new Marks(d("60"), d("70"), d(agreed), failed, null,
                d(head), false), rules(Escalation.CONFER_THEN_HEAD));
        assertThat(o.state()).isEqualTo(state);
        assertThat(o.basis()).isEqualTo(basis);
        assertThat(o.gap()).isEqualByComparingTo("10");
        if (mark != null) {
            assertThat(o.mark()).isEqualByComparingTo(mark);
        }
    }

    /** A third marker: the closest pair within 5 gives its mean; halfway or near neither → the head. */
    @ParameterizedTest(name = "60 / 70, third {0}, head {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        -     | -  | THIRD_MARK_REQUIRED    | -
        68    | -  | FINAL                  | 69.00
        61    | -  | FINAL                  | 60.50
        65    | -  | HEAD_DECISION_REQUIRED | -
        80    | -  | HEAD_DECISION_REQUIRED | -
        75    | -  | FINAL                  | 72.50
        75.01 | -  | HEAD_DECISION_REQUIRED | -
        80    | 71 | FINAL                  | 71.00
        """)
    void thirdMarker(String third, String head, State state, String mark) {
        WrittenMarkRule.Outcome o = WrittenMarkRule.evaluate(new Marks(d("60"), d("70"), null, false, d(third),
                d(head), false), rules(Escalation.THIRD_MARKER));
        assertThat(o.state()).isEqualTo(state);
        if (mark == null) {
            assertThat(o.mark()).isNull();
        } else {
            assertThat(o.mark()).isEqualByComparingTo(mark);
        }
    }

    @ParameterizedTest(name = "zeroed with marks {0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        80 | 82
        60 | 90
        -  | -
        """)
    void theHeadsZeroOverridesEveryMark(String first, String second) {
        WrittenMarkRule.Outcome o = WrittenMarkRule.evaluate(new Marks(d(first), d(second), null, false, null, null,
                true), rules(Escalation.THIRD_MARKER));
        assertThat(o.state()).isEqualTo(State.FINAL);
        assertThat(o.basis()).isEqualTo(Basis.AUTOMATIC_ZERO);
        assertThat(o.mark()).isEqualByComparingTo("0");
    }

    /** The tolerance is the rule set's, not a constant: with 10 the same marks agree. */
    @ParameterizedTest
    @CsvSource({"5, CONFER_REQUIRED", "10, FINAL", "0, CONFER_REQUIRED"})
    void toleranceFromTheRuleSet(String tolerance, State state) {
        assertThat(WrittenMarkRule.evaluate(Marks.of(d("60"), d("68")),
                new WrittenMarking(new BigDecimal(tolerance), Escalation.CONFER_THEN_HEAD, 15, 0)).state())
                .isEqualTo(state);
    }

    @ParameterizedTest
    @CsvSource({"0, true", "100, true", "72.25, true", "72.5, true", "100.01, false", "-0.5, false",
            "72.125, false"})
    void validMarks(String mark, boolean valid) {
        assertThat(WrittenMarkRule.validMark(new BigDecimal(mark))).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"CIVIL_SERVANT_2020", "CIVIL_SERVANT_2025", "PUBLIC_EMPLOYEE_2020"})
    void everyShippedSetMarksWithinFivePointsAndAppealsWithinFifteenDays(RuleSet set) {
        WrittenMarking w = set.parameters().written();
        assertThat(w.tolerance()).isEqualByComparingTo("5");
        assertThat(w.appealWindowDays()).isEqualTo(15);
        assertThat(w.appealFeeVnd()).isEqualTo(150_000);
        assertThat(set.parameters().isUnconfirmed(RuleSet.Param.WRITTEN_ESCALATION)).isTrue();
    }
}
