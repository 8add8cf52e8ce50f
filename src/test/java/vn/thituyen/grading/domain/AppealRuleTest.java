package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.grading.domain.AppealRule.Refusal;

/**
 * Appeals (phúc khảo; docs/domain.md): written papers only — never interviews, practicals or computer multiple
 * choice; within 15 days of publication, the day of publication not counted and a window ending on a weekend or
 * holiday ending on the next working day (Bộ luật Dân sự 2015 Art. 147–148); one appeal per paper.
 */
class AppealRuleTest {

    /** Published Tuesday 1 December 2026: day 15 is Wednesday 16 December. */
    @ParameterizedTest(name = "{0} on {1} (already {2}) → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        WRITTEN_PAPER    | 2026-12-01 | false | -
        WRITTEN_COMPUTER | 2026-12-10 | false | -
        WRITTEN_PAPER    | 2026-12-16 | false | -
        WRITTEN_PAPER    | 2026-12-17 | false | WINDOW_CLOSED
        WRITTEN_PAPER    | 2026-11-30 | false | NOT_PUBLISHED
        WRITTEN_PAPER    | 2026-12-05 | true  | ALREADY_FILED
        INTERVIEW        | 2026-12-05 | false | NOT_A_WRITTEN_PAPER
        PRACTICAL        | 2026-12-05 | false | NOT_A_WRITTEN_PAPER
        COMPUTER_MCQ     | 2026-12-05 | false | NOT_A_WRITTEN_PAPER
        INTERVIEW        | 2027-01-30 | false | NOT_A_WRITTEN_PAPER
        """)
    void whoMayAppealWhen(PartKind kind, LocalDate today, boolean already, Refusal refusal) {
        assertThat(AppealRule.check(kind, LocalDate.of(2026, 12, 1), today, 15, Set.of(), already))
                .isEqualTo(java.util.Optional.ofNullable(refusal));
    }

    @ParameterizedTest
    @CsvSource({"WRITTEN_PAPER, NOT_PUBLISHED"})
    void notPublishedYet(PartKind kind, Refusal refusal) {
        assertThat(AppealRule.check(kind, null, LocalDate.of(2026, 12, 1), 15, Set.of(), false)).contains(refusal);
    }

    /** The last day: publication + 15, moved past a weekend and the holidays given. */
    @ParameterizedTest(name = "published {0}, window {1} → last day {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-01 | 15 | 2026-12-16
        2026-12-04 | 15 | 2026-12-21
        2026-12-05 | 15 | 2026-12-21
        2026-12-07 | 15 | 2026-12-22
        2026-12-17 | 15 | 2027-01-04
        2026-12-31 | 1  | 2027-01-04
        """)
    void lastDay(LocalDate published, int window, LocalDate last) {
        // 1 January 2027 (Friday) is a public holiday
        assertThat(AppealRule.lastDay(published, window, Set.of(LocalDate.of(2027, 1, 1)))).isEqualTo(last);
    }

    @ParameterizedTest(name = "{0} → {1}: changed {2}")
    @CsvSource({"62.50, 62.5, false", "62.50, 66.00, true", "48, 51, true", "70, 65.5, true"})
    void outcome(String before, String after, boolean changed) {
        AppealRule.Outcome o = AppealRule.outcome(new BigDecimal(before), new BigDecimal(after));
        assertThat(o.changed()).isEqualTo(changed);
        assertThat(o.after()).isEqualByComparingTo(after);
    }
}
