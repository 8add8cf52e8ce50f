package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.grading.domain.AutomaticZeroRule.Reason;

/**
 * The automatic zero of a written script (TT 6/2020/TT-BNV, Quy chế — chấm thi viết; docs/domain.md): two scripts,
 * two handwritings, two ink colours, paper not issued — reported by a marker, decided by the board head; only a
 * second script can be reported on a typed script.
 */
class AutomaticZeroRuleTest {

    @ParameterizedTest(name = "{0} on {1}, head confirmed {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
        TWO_HANDWRITINGS                 | WRITTEN_PAPER    | true  | true
        TWO_INK_COLOURS                  | WRITTEN_PAPER    | true  | true
        PAPER_NOT_ISSUED                 | WRITTEN_PAPER    | true  | true
        TWO_SCRIPTS                      | WRITTEN_PAPER    | true  | true
        TWO_HANDWRITINGS                 | WRITTEN_PAPER    | false | false
        TWO_SCRIPTS                      | WRITTEN_COMPUTER | true  | true
        TWO_INK_COLOURS                  | WRITTEN_COMPUTER | true  | false
        TWO_INK_COLOURS PAPER_NOT_ISSUED | WRITTEN_COMPUTER | true  | false
        TWO_INK_COLOURS TWO_SCRIPTS      | WRITTEN_COMPUTER | true  | true
        TWO_SCRIPTS                      | INTERVIEW        | true  | false
        TWO_SCRIPTS                      | COMPUTER_MCQ     | true  | false
        """)
    void zeroed(String reasons, PartKind kind, boolean confirmed, boolean zero) {
        Set<Reason> reported = Arrays.stream(reasons.trim().split("\\s+")).map(Reason::valueOf)
                .collect(Collectors.toSet());
        assertThat(AutomaticZeroRule.zeroed(reported, kind, confirmed)).isEqualTo(zero);
    }

    @ParameterizedTest
    @CsvSource({"TWO_HANDWRITINGS, WRITTEN_PAPER, true", "TWO_HANDWRITINGS, WRITTEN_COMPUTER, false",
            "TWO_SCRIPTS, WRITTEN_COMPUTER, true", "TWO_SCRIPTS, PRACTICAL, false"})
    void applies(Reason reason, PartKind kind, boolean applies) {
        assertThat(AutomaticZeroRule.applies(reason, kind)).isEqualTo(applies);
    }
}
