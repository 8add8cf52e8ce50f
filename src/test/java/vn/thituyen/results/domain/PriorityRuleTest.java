package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.campaign.RuleSet;

/**
 * ND 138/2020/NĐ-CP Art. 5: 7.5 / 5 / 2.5 points, only the single highest applies; ND 85/2023/NĐ-CP adds 1.5 for
 * grassroots trade-union officers (viên chức).
 */
class PriorityRuleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                                                       | 0
        HERO_OR_WAR_INVALID                                      | 7.5
        ETHNIC_MINORITY                                          | 5
        OFFICER_OR_VETERAN_PROFESSIONAL                          | 5
        CHILD_OF_MARTYR_OR_INVALID                               | 5
        COMPLETED_MILITARY_SERVICE                               | 2.5
        YOUTH_VOLUNTEER                                          | 2.5
        ETHNIC_MINORITY COMPLETED_MILITARY_SERVICE               | 5
        COMPLETED_MILITARY_SERVICE YOUTH_VOLUNTEER               | 2.5
        YOUTH_VOLUNTEER HERO_OR_WAR_INVALID ETHNIC_MINORITY      | 7.5
        """)
    void onlyTheHighestCounts(String categories, String points) {
        List<PriorityCategory> confirmed = categories.isBlank() ? List.of()
                : Arrays.stream(categories.trim().split("\\s+")).map(PriorityCategory::valueOf).toList();
        assertThat(PriorityRule.applicablePoints(confirmed, RuleSet.CIVIL_SERVANT_2020.parameters())).isEqualByComparingTo(points);
    }

    /**
     * Several confirmed categories under each set: only the highest counts; the 1.5 for grassroots trade-union
     * officers (ND 85/2023/NĐ-CP, viên chức) counts only where the set (or the campaign's option, 2025 (?))
     * recognises it, otherwise 0 like any category unknown to the set.
     */
    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
        PUBLIC_EMPLOYEE_2020 | -                    | GRASSROOTS_TRADE_UNION_OFFICER                                    | 1.5
        PUBLIC_EMPLOYEE_2020 | -                    | GRASSROOTS_TRADE_UNION_OFFICER YOUTH_VOLUNTEER                    | 2.5
        PUBLIC_EMPLOYEE_2020 | -                    | GRASSROOTS_TRADE_UNION_OFFICER ETHNIC_MINORITY HERO_OR_WAR_INVALID | 7.5
        CIVIL_SERVANT_2020   | -                    | GRASSROOTS_TRADE_UNION_OFFICER                                    | 0
        CIVIL_SERVANT_2020   | -                    | GRASSROOTS_TRADE_UNION_OFFICER COMPLETED_MILITARY_SERVICE         | 2.5
        CIVIL_SERVANT_2025   | -                    | GRASSROOTS_TRADE_UNION_OFFICER                                    | 0
        CIVIL_SERVANT_2025   | TRADE_UNION_PRIORITY | GRASSROOTS_TRADE_UNION_OFFICER                                    | 1.5
        CIVIL_SERVANT_2025   | TRADE_UNION_PRIORITY | YOUTH_VOLUNTEER GRASSROOTS_TRADE_UNION_OFFICER                    | 2.5
        CIVIL_SERVANT_2025   | TRADE_UNION_PRIORITY | ''                                                                | 0
        """)
    void severalCategoriesAndTheTradeUnion(RuleSet set, String option, String categories, String points) {
        List<PriorityCategory> confirmed = categories.isBlank() ? List.of()
                : Arrays.stream(categories.trim().split("\\s+")).map(PriorityCategory::valueOf).toList();
        RuleSet.Parameters rules = "-".equals(option) ? set.parameters()
                : set.parameters(java.util.EnumSet.of(RuleSet.Option.valueOf(option)));
        assertThat(PriorityRule.applicablePoints(confirmed, rules)).isEqualByComparingTo(points);
    }
}
