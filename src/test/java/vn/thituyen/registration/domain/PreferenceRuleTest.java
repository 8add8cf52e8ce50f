package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ND 170/2025/NĐ-CP, joint positions: the candidate registers an order of preference (nguyện vọng) among the
 * position's agencies — only those agencies, each once, at least the rule set's minimum (1 (?)).
 */
class PreferenceRuleTest {

    /** The position has agencies 1, 2 and 3; order is space-separated ids ({@code -} = none); expected key or OK. */
    @ParameterizedTest(name = "{0} min {1} → {2}")
    @CsvSource({
        "1 2 3, 1, OK",
        "2, 1, OK",
        "3 1, 1, OK",
        "-, 1, validation.agencies.required",
        "1, 2, validation.agencies.required",
        "1 2, 2, OK",
        "1 1, 1, validation.agencies.duplicate",
        "1 4, 1, validation.agencies.unknown",
        "9, 1, validation.agencies.unknown",
        "1 2 3, 5, OK"
    })
    void checksTheOrder(String order, int minimum, String expected) {
        List<Long> given = "-".equals(order) ? List.of() : Arrays.stream(order.split(" ")).map(Long::valueOf).toList();
        String problem = PreferenceRule.check(given, Set.of(1L, 2L, 3L), minimum);
        assertThat(problem == null ? "OK" : problem).isEqualTo(expected);
    }
}
