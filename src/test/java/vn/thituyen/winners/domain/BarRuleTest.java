package vn.thituyen.winners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ND 138/2020/NĐ-CP Art. 17(3), docs/domain.md: false documents bar the person from the next campaign — here the first
 * {@code barCampaigns} (1 by default (?)) recruitment campaigns whose registration opens after the cancellation.
 */
class BarRuleTest {

    @ParameterizedTest(name = "barred {0} for {1}, campaign opens {2} with {3} opened between: {4}")
    @CsvSource({
        // the next campaign opening after the cancellation is barred
        "2026-12-10, 1, 2027-03-01, 0, true",
        // the one after it is not, with the default of one campaign
        "2026-12-10, 1, 2027-09-01, 1, false",
        // a province that bars two campaigns
        "2026-12-10, 2, 2027-09-01, 1, true",
        "2026-12-10, 2, 2028-03-01, 2, false",
        // a campaign already open on the day of the cancellation is not covered
        "2026-12-10, 1, 2026-12-10, 0, false",
        "2026-12-10, 1, 2026-11-01, 0, false",
        // no bar at all
        "2026-12-10, 0, 2027-03-01, 0, false"})
    void theNextCampaignsAreBarred(LocalDate barredOn, int barCampaigns, LocalDate opensOn, int between,
            boolean barred) {
        assertThat(BarRule.applies(barredOn, barCampaigns, opensOn, between)).isEqualTo(barred);
    }
}
