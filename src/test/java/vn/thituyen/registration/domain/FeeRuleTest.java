package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.RuleSet;

/** TT 92/2021/TT-BTC: the exam fee per candidate by the campaign's number of candidates, the appeal fee per paper. */
class FeeRuleTest {

    @ParameterizedTest(name = "{0} candidates under {1}: {2} VND each")
    @CsvSource({
        "0, CIVIL_SERVANT_2020, 500000",
        "1, CIVIL_SERVANT_2020, 500000",
        "99, CIVIL_SERVANT_2020, 500000",
        "100, CIVIL_SERVANT_2020, 400000",
        "101, CIVIL_SERVANT_2025, 400000",
        "499, CIVIL_SERVANT_2025, 400000",
        "500, PUBLIC_EMPLOYEE_2020, 300000",
        "501, PUBLIC_EMPLOYEE_2020, 300000",
        "5000, LEADERSHIP_DIVISION, 300000"})
    void theExamFeeFallsWithTheNumberOfCandidates(int candidates, RuleSet set, long fee) {
        assertThat(FeeRule.examFee(set.parameters().examFee(), candidates)).isEqualTo(fee);
    }

    @ParameterizedTest(name = "{0} papers: {1} VND")
    @CsvSource({"0, 0", "1, 150000", "2, 300000", "3, 450000"})
    void anAppealCosts150000PerPaper(int papers, long fee) {
        assertThat(FeeRule.appealFee(RuleSet.CIVIL_SERVANT_2025.parameters().written(), papers)).isEqualTo(fee);
    }

    /** The bands are the rule set's: a province's own table is read the same way. */
    @ParameterizedTest
    @CsvSource({"0, 200000", "49, 200000", "50, 150000", "1000, 150000"})
    void theBandsAreParameters(int candidates, long fee) {
        RuleSet.ExamFee own = new RuleSet.ExamFee(List.of(new RuleSet.ExamFee.Band(0, 200_000),
                new RuleSet.ExamFee.Band(50, 150_000)));
        assertThat(FeeRule.examFee(own, candidates)).isEqualTo(fee);
    }

    @Test
    void badBandsAreRefused() {
        assertThatThrownBy(() -> new RuleSet.ExamFee(List.of(new RuleSet.ExamFee.Band(10, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleSet.ExamFee(List.of(new RuleSet.ExamFee.Band(0, 1),
                new RuleSet.ExamFee.Band(0, 2)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeRule.examFee(RuleSet.CIVIL_SERVANT_2020.parameters().examFee(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
