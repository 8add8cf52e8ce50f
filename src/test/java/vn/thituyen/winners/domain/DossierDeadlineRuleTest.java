package vn.thituyen.winners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.RuleSet;

/**
 * ND 138/2020/NĐ-CP Art. 17(1): the winner completes the dossier within 30 days (the rule set's limit) of the notice of
 * results; the notice's own day does not count (BLDS 2015 Art. 147), a last day on a weekend or holiday moves to the
 * next working day (BLDS 2015 Art. 148).
 */
class DossierDeadlineRuleTest {

    @ParameterizedTest(name = "notice {0}, {1} days, holiday {2}: last day {3}")
    @CsvSource({
        // Monday 2 Nov 2026 + 30 = Wednesday 2 Dec 2026
        "2026-11-02, 30, , 2026-12-02",
        // Friday 6 Nov 2026 + 30 = Sunday 6 Dec → Monday 7 Dec
        "2026-11-06, 30, , 2026-12-07",
        // Thursday 5 Nov + 30 = Saturday 5 Dec → Monday 7 Dec
        "2026-11-05, 30, , 2026-12-07",
        // a holiday on the last day moves it on
        "2026-11-02, 30, 2026-12-02, 2026-12-03",
        // a shorter limit set by the rule set
        "2026-11-02, 15, , 2026-11-17",
        // the notice's own day is not counted: 1 day after Monday is Tuesday
        "2026-11-02, 1, , 2026-11-03"})
    void theLastDayCountsFromTheDayAfterTheNotice(LocalDate noticedOn, int days, LocalDate holiday, LocalDate last) {
        assertThat(DossierDeadlineRule.lastDay(noticedOn, days, holiday == null ? Set.of() : Set.of(holiday)))
                .isEqualTo(last);
    }

    @Test
    void theLimitIsTheRuleSetsThirtyDays() {
        for (RuleSet set : RuleSet.values()) {
            assertThat(set.parameters().winners().completionDays()).isEqualTo(30);
        }
        assertThatThrownBy(() -> DossierDeadlineRule.lastDay(LocalDate.of(2026, 1, 5), 0, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
