package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Official Letter 2424/BNV-CCVC (2017): a leadership candidate must meet every standard and condition of the post;
 * the form-review board decides each. Decisions per standard: A accepted, R refused, - undecided.
 */
class StandardsRuleTest {

    @ParameterizedTest(name = "{0} → {1} refused {2}")
    @CsvSource(delimiter = '|', value = {
        "AAA   | ELIGIBLE     | ''",
        "AAR   | NOT_ELIGIBLE | 3",
        "RAR   | NOT_ELIGIBLE | 1 3",
        "AA-   | UNDECIDED    | ''",
        "R--   | UNDECIDED    | 1",
        "---   | UNDECIDED    | ''",
        "A     | ELIGIBLE     | ''",
        "''    | UNDECIDED    | ''",
    })
    void everyStandardMustBeAccepted(String decisions, StandardsRule.Verdict verdict, String refused) {
        List<Long> standards = new java.util.ArrayList<>();
        Map<Long, Boolean> decided = new HashMap<>();
        for (int i = 0; i < decisions.length(); i++) {
            long id = i + 1;
            standards.add(id);
            char d = decisions.charAt(i);
            if (d != '-') {
                decided.put(id, d == 'A');
            }
        }
        // a decision on a standard the post no longer has does not count
        decided.put(99L, false);
        StandardsRule.Conclusion c = StandardsRule.conclude(standards, decided);
        assertThat(c.verdict()).isEqualTo(verdict);
        assertThat(c.refused()).containsExactlyElementsOf(refused.isBlank() ? List.of()
                : Arrays.stream(refused.split(" ")).map(Long::valueOf).toList());
    }
}
