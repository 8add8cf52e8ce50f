package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ND 138/2020/NĐ-CP Art. 10(2): the head chooses, among the tied candidates, exactly the places left. */
class TieDecisionRuleTest {

    @ParameterizedTest(name = "quota {0}, {1} winning → {2} left")
    @CsvSource({"1, 0, 1", "3, 1, 2", "3, 3, 0", "2, 5, 0", "0, 0, 0"})
    void placesLeft(int quota, long winners, int left) {
        assertThat(TieDecisionRule.placesLeft(quota, winners)).isEqualTo(left);
    }

    private static List<Long> ids(String s) {
        return s.isBlank() ? List.of() : Arrays.stream(s.trim().split("\\s+")).map(Long::valueOf).toList();
    }

    @ParameterizedTest(name = "tied [{0}], chosen [{1}], {2} places → {3}")
    @CsvSource(delimiter = '|', textBlock = """
        1 2 3 | 2     | 1 | true
        1 2 3 | 2 3   | 2 | true
        1 2 3 | 2 3   | 1 | false
        1 2 3 | 4     | 1 | false
        1 2 3 | 2 2   | 2 | false
        1 2   | ''    | 1 | false
        ''    | 1     | 1 | false
        1 2   | 1     | 0 | false
        """)
    void theChoice(String tied, String chosen, int places, boolean valid) {
        Set<Long> t = ids(tied.replace("''", "")).stream().collect(Collectors.toSet());
        assertThat(TieDecisionRule.validChoice(t, ids(chosen.replace("''", "")), places)).isEqualTo(valid);
    }

    @Test
    void negativeCountsAreErrors() {
        assertThatThrownBy(() -> TieDecisionRule.placesLeft(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
