package vn.thituyen.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.RuleSet;

/**
 * Late arrival: TT 6/2020/TT-BNV — at most 30 minutes for any paper; TT 22/2025/TT-BNV (and TT 001/2025) — 5 minutes
 * for papers of up to 30 minutes, 10 minutes for papers of 60 minutes or more, (?) 5 between them. The limit itself
 * is still allowed; one second more is not.
 */
class LateArrivalRuleTest {

    @ParameterizedTest(name = "{0}: paper {1} min, {2} late → {3} (limit {4})")
    @CsvSource({
        "CIVIL_SERVANT_2020, 60, PT30M, true, 30",
        "CIVIL_SERVANT_2020, 60, PT30M1S, false, 30",
        "CIVIL_SERVANT_2020, 30, PT29M, true, 30",
        "CIVIL_SERVANT_2020, 30, PT31M, false, 30",
        "CIVIL_SERVANT_2020, 60, PT0S, true, 30",
        "CIVIL_SERVANT_2025, 60, PT10M, true, 10",
        "CIVIL_SERVANT_2025, 60, PT10M1S, false, 10",
        "CIVIL_SERVANT_2025, 180, PT10M, true, 10",
        "CIVIL_SERVANT_2025, 30, PT5M, true, 5",
        "CIVIL_SERVANT_2025, 30, PT5M1S, false, 5",
        "CIVIL_SERVANT_2025, 15, PT5M, true, 5",
        "CIVIL_SERVANT_2025, 31, PT5M, true, 5",
        "CIVIL_SERVANT_2025, 45, PT6M, false, 5",
        "CIVIL_SERVANT_2025, 59, PT5M1S, false, 5",
        "CIVIL_SERVANT_2025, 60, PT-1M, true, 10",
        "PUBLIC_EMPLOYEE_2020, 30, PT6M, false, 5",
        "PUBLIC_EMPLOYEE_2020, 60, PT9M, true, 10",
    })
    void lateArrival(RuleSet set, int paperMinutes, Duration late, boolean allowed, int limit) {
        RuleSet.LateArrival rule = set.parameters().lateArrival();
        assertThat(LateArrivalRule.limitMinutes(paperMinutes, rule)).isEqualTo(limit);
        assertThat(LateArrivalRule.allowed(paperMinutes, late, rule)).isEqualTo(allowed);
    }

    /** The band between 30 and 60 minutes is a parameter: a set giving it 7 minutes uses 7 there only. */
    @ParameterizedTest(name = "paper {0} min → {1}")
    @CsvSource({"30, 5", "31, 7", "59, 7", "60, 10", "240, 10"})
    void theBandBetweenIsAParameter(int paperMinutes, int limit) {
        RuleSet.LateArrival rule = new RuleSet.LateArrival(java.util.List.of(new RuleSet.LateArrival.Band(0, 5),
                new RuleSet.LateArrival.Band(31, 7), new RuleSet.LateArrival.Band(60, 10)));
        assertThat(LateArrivalRule.limitMinutes(paperMinutes, rule)).isEqualTo(limit);
    }
}
