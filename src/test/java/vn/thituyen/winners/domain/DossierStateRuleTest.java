package vn.thituyen.winners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.winners.DossierState;

/** ND 138/2020/NĐ-CP Art. 17: a dossier is complete when every item is verified; overdue after its last day. */
class DossierStateRuleTest {

    @ParameterizedTest(name = "cancelled {0}, all verified {1}, on {2}: {3}")
    @CsvSource({
        "false, false, 2026-12-02, WAITING",
        "false, false, 2026-12-03, OVERDUE",
        "false, true, 2026-12-03, COMPLETE",
        "true, true, 2026-12-01, CANCELLED",
        "true, false, 2026-12-05, CANCELLED"})
    void whereADossierStands(boolean cancelled, boolean allVerified, LocalDate today, DossierState state) {
        assertThat(DossierStateRule.state(cancelled, allVerified, today, LocalDate.of(2026, 12, 2))).isEqualTo(state);
    }
}
