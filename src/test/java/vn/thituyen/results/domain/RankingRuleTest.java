package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.results.domain.RankingRule.Contender;
import vn.thituyen.results.domain.RankingRule.Ranked;

/** ND 138/2020/NĐ-CP Art. 10: round-2 ≥ 50, rank by round 2 + priority within the quota, ties flagged. */
class RankingRuleTest {

    /**
     * Each candidate is {@code id:round1Passed:round2:priority} ({@code -} = absent from round 2);
     * expected is {@code id:outcome[:rank]} in the order returned.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        plain ranking within quota 2          | 2 | 1:T:80:0 2:T:70:0 3:T:60:0            |      | 1:WINNER:1 2:WINNER:2 3:NOT_SELECTED:3
        priority points lift a candidate       | 1 | 1:T:72:0 2:T:70:5                      |      | 2:WINNER:1 1:NOT_SELECTED:2
        round 2 below 50 never wins            | 2 | 1:T:49.9:7.5 2:T:50:0                  |      | 2:WINNER:1 1:FAILED_ROUND2
        exactly 50 passes round 2              | 1 | 1:T:50:0                               |      | 1:WINNER:1
        round 1 failed is out                  | 1 | 1:F:95:0 2:T:60:0                      |      | 2:WINNER:1 1:FAILED_ROUND1
        absent from round 2                    | 1 | 1:T:-:0 2:T:60:0                       |      | 2:WINNER:1 1:ABSENT_ROUND2
        equal total: higher raw round 2 wins   | 1 | 1:T:70:5 2:T:75:0                      |      | 2:WINNER:1 1:NOT_SELECTED:2
        real tie at the last place is flagged  | 1 | 1:T:70:0 2:T:70:0 3:T:60:0             |      | 1:TIE_PENDING:1 2:TIE_PENDING:1 3:NOT_SELECTED:3
        tie above the last place is no problem | 3 | 1:T:80:0 2:T:80:0 3:T:70:0 4:T:60:0    |      | 1:WINNER:1 2:WINNER:1 3:WINNER:3 4:NOT_SELECTED:4
        tie for the last of 2 seats            | 2 | 1:T:90:0 2:T:70:0 3:T:70:0             |      | 1:WINNER:1 2:TIE_PENDING:2 3:TIE_PENDING:2
        the head's decision resolves the tie   | 2 | 1:T:90:0 2:T:70:0 3:T:70:0             | 3    | 1:WINNER:1 2:NOT_SELECTED:2 3:WINNER:2
        a decision naming too many is ignored  | 1 | 1:T:70:0 2:T:70:0                      | 1 2  | 1:TIE_PENDING:1 2:TIE_PENDING:1
        fewer eligible than the quota          | 3 | 1:T:55:0 2:T:40:0                      |      | 1:WINNER:1 2:FAILED_ROUND2
        nobody eligible                        | 1 | 1:F:80:0 2:T:30:2.5                    |      | 1:FAILED_ROUND1 2:FAILED_ROUND2
        """)
    void ranks(String name, int quota, String candidates, String decided, String expected) {
        List<Contender> contenders = Arrays.stream(candidates.trim().split("\\s+")).map(RankingRuleTest::contender)
                .toList();
        Set<Long> winners = decided == null ? Set.of()
                : Arrays.stream(decided.trim().split("\\s+")).map(Long::valueOf).collect(Collectors.toSet());
        List<Ranked> ranked = RankingRule.rank(contenders, quota, winners);
        List<String> actual = new ArrayList<>();
        for (Ranked r : ranked) {
            actual.add(r.applicationId() + ":" + r.outcome() + (r.rank() == null ? "" : ":" + r.rank()));
        }
        assertThat(String.join(" ", actual)).isEqualTo(expected.trim());
    }

    @ParameterizedTest
    @CsvSource({"70.5, 2.5, 73.0", "50, 7.5, 57.5", "88.25, 0, 88.25"})
    void totalIsRound2PlusPriority(String round2, String priority, String total) {
        Ranked r = RankingRule.rank(List.of(new Contender(1, true, new BigDecimal(round2), new BigDecimal(priority))),
                1, Set.of()).get(0);
        assertThat(r.total()).isEqualByComparingTo(total);
    }

    private static Contender contender(String spec) {
        String[] p = spec.split(":");
        return new Contender(Long.parseLong(p[0]), "T".equals(p[1]), "-".equals(p[2]) ? null : new BigDecimal(p[2]),
                new BigDecimal(p[3]));
    }

}
