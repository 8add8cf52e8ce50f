package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.campaign.RuleSet;

/** ND 138/2020/NĐ-CP Art. 5: 7.5 / 5 / 2.5 points, only the single highest applies. */
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
        assertThat(PriorityRule.applicablePoints(confirmed, RuleSet.CIVIL_SERVANT_2020)).isEqualByComparingTo(points);
    }
}
