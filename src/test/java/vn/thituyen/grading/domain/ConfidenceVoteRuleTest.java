package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.grading.domain.ConfidenceVoteRule.Ballot;

/**
 * The confidence vote on a leadership candidate (phiếu tín nhiệm; the province's regulation, docs/domain.md §
 * Leadership exams): counted, and shown in percent of the ballots cast and of the council.
 */
class ConfidenceVoteRuleTest {

    @ParameterizedTest(name = "[{0}] of a council of {1} → {2} agree, {3} % cast, {4} % council")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        AGREE AGREE AGREE AGREE AGREE         | 5 | 5 | 100.00 | 100.00
        AGREE AGREE AGREE DISAGREE INVALID    | 5 | 3 | 60.00  | 60.00
        AGREE AGREE DISAGREE                  | 5 | 2 | 66.67  | 40.00
        DISAGREE DISAGREE                     | 7 | 0 | 0.00   | 0.00
        AGREE AGREE AGREE AGREE INVALID INVALID INVALID | 7 | 4 | 57.14 | 57.14
        NONE                                  | 5 | 0 | -      | 0.00
        """)
    void count(String ballots, int council, int agree, String castPercent, String councilPercent) {
        List<Ballot> cast = ballots.equals("NONE") ? List.of()
                : Arrays.stream(ballots.trim().split("\\s+")).map(Ballot::valueOf).toList();
        var c = ConfidenceVoteRule.count(cast, council);
        assertThat(c.agree()).isEqualTo(agree);
        assertThat(c.agree() + c.disagree() + c.invalid()).isEqualTo(cast.size());
        assertThat(c.castPercent() == null ? null : c.castPercent().toPlainString()).isEqualTo(castPercent);
        assertThat(c.councilPercent().toPlainString()).isEqualTo(councilPercent);
    }

    @Test
    void oneBallotPerMember() {
        assertThatThrownBy(() -> ConfidenceVoteRule.count(List.of(Ballot.AGREE, Ballot.AGREE), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
