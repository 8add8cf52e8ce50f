package vn.thituyen.winners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.winners.CancellationKind;

/**
 * ND 138/2020/NĐ-CP Art. 17(3): the result of a winner who does not complete the dossier in time, or whose documents
 * are false, is cancelled — "not completed" only once the last day has passed and while the dossier is incomplete,
 * false documents at any time; once.
 */
class CancellationRuleTest {

    @ParameterizedTest(name = "{0} on {1} (last day 2026-12-02), complete {2}, cancelled {3}: {4}")
    @CsvSource({
        "NOT_COMPLETED_IN_TIME, 2026-12-01, false, false, DEADLINE_NOT_PASSED",
        "NOT_COMPLETED_IN_TIME, 2026-12-02, false, false, DEADLINE_NOT_PASSED",
        "NOT_COMPLETED_IN_TIME, 2026-12-03, false, false, ",
        "NOT_COMPLETED_IN_TIME, 2026-12-03, true, false, DOSSIER_COMPLETE",
        "NOT_COMPLETED_IN_TIME, 2026-12-03, false, true, ALREADY_CANCELLED",
        "FALSE_DOCUMENTS, 2026-11-10, false, false, ",
        "FALSE_DOCUMENTS, 2026-11-10, true, false, ",
        "FALSE_DOCUMENTS, 2027-03-01, true, false, ",
        "FALSE_DOCUMENTS, 2026-11-10, false, true, ALREADY_CANCELLED"})
    void whenAResultMayBeCancelled(CancellationKind kind, LocalDate today, boolean complete, boolean cancelled,
            CancellationRule.Refusal refusal) {
        assertThat(CancellationRule.check(kind, today, LocalDate.of(2026, 12, 2), complete, cancelled).orElse(null))
                .isEqualTo(refusal);
    }
}
