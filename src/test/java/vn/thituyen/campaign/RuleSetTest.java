package vn.thituyen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ND 138/2020/NĐ-CP Art. 8: round 1 needs at least 50 % correct answers in each part. */
class RuleSetTest {

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
        "30, 60, true", "29, 60, false", "60, 60, true", "0, 60, false",
        "15, 30, true", "14, 30, false",
        "8, 15, true", "7, 15, false",   // odd totals: 7.5 is needed, so 7 fails and 8 passes
    })
    void fiftyPercentInEachPart(int correct, int total, boolean passed) {
        assertThat(RuleSet.CIVIL_SERVANT_2020.partPassed(correct, total)).isEqualTo(passed);
    }

    @Test
    void impossibleCountsAreRejected() {
        assertThatThrownBy(() -> RuleSet.CIVIL_SERVANT_2020.partPassed(61, 60))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleSet.CIVIL_SERVANT_2020.partPassed(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void civilServant2020HasTwoComputerParts() {
        assertThat(RuleSet.CIVIL_SERVANT_2020.round1Parts()).extracting(RuleSet.Round1Part::questionCount,
                RuleSet.Round1Part::durationMinutes).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(60, 60), org.assertj.core.groups.Tuple.tuple(30, 30));
    }
}
