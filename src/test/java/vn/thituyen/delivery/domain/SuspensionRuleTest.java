package vn.thituyen.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.delivery.Sanction;

/**
 * TT 22/2025/TT-BNV: a suspension (đình chỉ) scores the paper 0 and bars the later papers; under TT 6/2020 the
 * candidate goes on to the next paper. Reprimands and warnings never bar.
 */
class SuspensionRuleTest {

    @ParameterizedTest(name = "{0} after [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        CIVIL_SERVANT_2025   | ''                   | true
        CIVIL_SERVANT_2025   | REPRIMAND WARNING    | true
        CIVIL_SERVANT_2025   | SUSPENSION           | false
        CIVIL_SERVANT_2025   | WARNING SUSPENSION   | false
        CIVIL_SERVANT_2020   | SUSPENSION           | true
        CIVIL_SERVANT_2020   | ''                   | true
        PUBLIC_EMPLOYEE_2020 | SUSPENSION           | true
        """)
    void suspensionBarsLaterPapersWhereTheSetSaysSo(RuleSet set, String sanctions, boolean mayStart) {
        List<Sanction> recorded = sanctions.isBlank() ? List.of()
                : Arrays.stream(sanctions.trim().split("\\s+")).map(Sanction::valueOf).toList();
        assertThat(SuspensionRule.mayStartLaterPart(set.parameters().suspensionBarsLaterPapers(), recorded))
                .isEqualTo(mayStart);
    }
}
