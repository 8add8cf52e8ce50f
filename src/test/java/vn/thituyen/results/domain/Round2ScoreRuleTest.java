package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.RuleSet;

/**
 * The round-2 score from its parts: ND 170/2025/NĐ-CP — written 70 % / interview 30 %, each part at least 50 % of
 * its maximum; ND 138/2020 and ND 115/2020 — no part minimum (?). Parts brought to 100, weighted mean rounded once,
 * half up, to 2 decimals; pass mark 50.
 */
class Round2ScoreRuleTest {

    /** Each part is {@code KIND:score:max:weight}. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        CIVIL_SERVANT_2025   | INTERVIEW:71:100:1                           | 71.00 | true  | true
        CIVIL_SERVANT_2025   | INTERVIEW:49.9:100:1                         | 49.90 | false | false
        CIVIL_SERVANT_2025   | WRITTEN:80:100:70 INTERVIEW:60:100:30        | 74.00 | true  | true
        CIVIL_SERVANT_2025   | WRITTEN:80:100:70 INTERVIEW:49:100:30        | 70.70 | false | false
        CIVIL_SERVANT_2025   | WRITTEN:50:100:70 INTERVIEW:50:100:30        | 50.00 | true  | true
        CIVIL_SERVANT_2025   | WRITTEN:120:150:70 INTERVIEW:30:50:30        | 74.00 | true  | true
        CIVIL_SERVANT_2025   | WRITTEN:74:150:70 INTERVIEW:40:50:30         | 58.53 | false | false
        CIVIL_SERVANT_2020   | WRITTEN:80:100:70 INTERVIEW:40:100:30        | 68.00 | true  | true
        CIVIL_SERVANT_2020   | WRITTEN:40:100:70 INTERVIEW:90:100:30        | 55.00 | true  | true
        CIVIL_SERVANT_2020   | WRITTEN:66.67:100:70 INTERVIEW:70:100:30     | 67.67 | true  | true
        CIVIL_SERVANT_2020   | WRITTEN:70.01:100:70 INTERVIEW:70:100:30     | 70.01 | true  | true
        CIVIL_SERVANT_2020   | WRITTEN:70.5:100:1 INTERVIEW:70:100:2        | 70.17 | true  | true
        CIVIL_SERVANT_2020   | WRITTEN:70:100:2 INTERVIEW:71:100:1          | 70.33 | true  | true
        CIVIL_SERVANT_2020   | WRITTEN:8:10:7 INTERVIEW:6:10:3              | 74.00 | true  | true
        PUBLIC_EMPLOYEE_2020 | PRACTICAL:88.25:100:1                        | 88.25 | true  | true
        PUBLIC_EMPLOYEE_2020 | PRACTICAL:49.99:100:1                        | 49.99 | true  | false
        """)
    void combinesThePartsOnAHundred(RuleSet set, String parts, String score, boolean partsPassed, boolean passed) {
        Round2ScoreRule.Result r = Round2ScoreRule.combine(parts(parts), set.parameters().round2());
        assertThat(r.score()).isEqualByComparingTo(score);
        assertThat(r.score().scale()).isEqualTo(2);
        assertThat(r.partsPassed()).isEqualTo(partsPassed);
        assertThat(r.passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        CIVIL_SERVANT_2025   | PRACTICAL:70:100:1
        CIVIL_SERVANT_2020   | INTERVIEW:101:100:1
        CIVIL_SERVANT_2020   | INTERVIEW:-1:100:1
        CIVIL_SERVANT_2020   | INTERVIEW:50:0:1
        CIVIL_SERVANT_2020   | INTERVIEW:50:100:0
        """)
    void impossiblePartsAreRefused(RuleSet set, String parts) {
        assertThatThrownBy(() -> Round2ScoreRule.combine(parts(parts), set.parameters().round2()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Round2ScoreRule.Part> parts(String spec) {
        return Arrays.stream(spec.trim().split("\\s+")).map(p -> p.split(":"))
                .map(p -> new Round2ScoreRule.Part(RuleSet.Round2Form.valueOf(p[0]), new BigDecimal(p[1]),
                        new BigDecimal(p[2]), new BigDecimal(p[3])))
                .toList();
    }
}
