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
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.results.domain.RankingRule.Contender;
import vn.thituyen.results.domain.RankingRule.Ranked;

/**
 * ND 138/2020/NĐ-CP Art. 10: round-2 ≥ 50, rank by round 2 + priority within the quota, ties flagged; the tie
 * chains of ND 170/2025/NĐ-CP (higher written score) and ND 116/2024/NĐ-CP (exempt by entrance testing, entrance
 * result, correct general-knowledge answers), each step only when the tied candidates all have its data.
 */
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
        List<Ranked> ranked = RankingRule.rank(contenders, quota, winners, RuleSet.CIVIL_SERVANT_2020.parameters());
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
                1, Set.of(), RuleSet.CIVIL_SERVANT_2020.parameters()).get(0);
        assertThat(r.total()).isEqualByComparingTo(total);
    }

    private static Contender contender(String spec) {
        String[] p = spec.split(":");
        return new Contender(Long.parseLong(p[0]), "T".equals(p[1]), "-".equals(p[2]) ? null : new BigDecimal(p[2]),
                new BigDecimal(p[3]));
    }


    /**
     * Each candidate is {@code id:round2:priority:written:exemptByEntranceTesting:entranceResult:gkCorrect}
     * ({@code -} = not known), all passed round 1; {@code option} is a rule-set option turned on ({@code -}: none).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2025: higher written breaks the tie          | CIVIL_SERVANT_2025 | -               | 1 | 1:70:0:60:-:-:- 2:70:0:75:-:-:-                 | 2:WINNER:1 1:NOT_SELECTED:2
        2025: raw round 2 comes before written       | CIVIL_SERVANT_2025 | -               | 1 | 1:70:5:90:-:-:- 2:75:0:60:-:-:-                 | 2:WINNER:1 1:NOT_SELECTED:2
        2025: a missing written score, head decides  | CIVIL_SERVANT_2025 | -               | 1 | 1:70:0:60:-:-:- 2:70:0:-:-:-:-                  | 1:TIE_PENDING:1 2:TIE_PENDING:1
        2025: equal written, head decides            | CIVIL_SERVANT_2025 | -               | 1 | 1:70:0:60:-:-:- 2:70:0:60.0:-:-:-               | 1:TIE_PENDING:1 2:TIE_PENDING:1
        2025: ND 116 data are not its chain          | CIVIL_SERVANT_2025 | -               | 1 | 1:70:0:-:F:-:40 2:70:0:-:T:80:50                | 1:TIE_PENDING:1 2:TIE_PENDING:1
        2020: written and GK data change nothing     | CIVIL_SERVANT_2020 | -               | 1 | 1:70:0:60:-:-:40 2:70:0:75:-:-:50               | 1:TIE_PENDING:1 2:TIE_PENDING:1
        ND 116: exempt by entrance testing first     | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 1 | 1:70:0:-:F:-:50 2:70:0:-:T:80:40                | 2:WINNER:1 1:NOT_SELECTED:2
        ND 116: both exempt, higher entrance result  | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 1 | 1:70:0:-:T:85:40 2:70:0:-:T:80:50               | 1:WINNER:1 2:NOT_SELECTED:2
        ND 116: same entrance result, more GK right  | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 1 | 1:70:0:-:T:80:45 2:70:0:-:T:80:50               | 2:WINNER:1 1:NOT_SELECTED:2
        ND 116: nobody exempt known, GK decides      | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 1 | 1:70:0:-:-:-:40 2:70:0:-:-:-:50                 | 2:WINNER:1 1:NOT_SELECTED:2
        ND 116: equal on every step, head decides    | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 1 | 1:70:0:-:F:-:50 2:70:0:-:F:-:50                 | 1:TIE_PENDING:1 2:TIE_PENDING:1
        ND 116: raw round 2 still comes first        | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 1 | 1:70:5:-:T:90:60 2:75:0:-:F:-:30                | 2:WINNER:1 1:NOT_SELECTED:2
        ND 116: GK splits a group of three           | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 2 | 1:70:0:-:-:-:50 2:70:0:-:-:-:50 3:70:0:-:-:-:40 | 1:WINNER:1 2:WINNER:1 3:NOT_SELECTED:3
        ND 116: one of three without GK data         | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 2 | 1:70:0:-:-:-:50 2:70:0:-:-:-:45 3:70:0:-:-:-:-  | 1:TIE_PENDING:1 2:TIE_PENDING:1 3:TIE_PENDING:1
        ND 116: steps without everyone's data skip   | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 1 | 1:70:0:-:T:80:40 2:70:0:-:F:-:45 3:70:0:-:-:-:30 | 2:WINNER:1 1:NOT_SELECTED:2 3:NOT_SELECTED:3
        ND 116: the tie only ranks above the seats   | CIVIL_SERVANT_2020 | ND116_TIE_CHAIN | 3 | 1:70:0:-:-:-:40 2:70:0:-:-:-:50 3:60:0:-:-:-:60 | 2:WINNER:1 1:WINNER:2 3:WINNER:3
        """)
    void tieChainOfTheRuleSet(String name, RuleSet set, String option, int quota, String candidates,
            String expected) {
        RuleSet.Parameters rules = "-".equals(option) ? set.parameters()
                : set.parameters(java.util.EnumSet.of(RuleSet.Option.valueOf(option)));
        List<Contender> contenders = Arrays.stream(candidates.trim().split("\\s+")).map(RankingRuleTest::withTieData)
                .toList();
        assertThat(outcomes(RankingRule.rank(contenders, quota, Set.of(), rules))).isEqualTo(expected.trim());
    }

    /** The pass mark is the rule set's, not a constant: a set with 60 fails 59.99 and takes 60. */
    @ParameterizedTest
    @CsvSource({"59.99, FAILED_ROUND2", "60, WINNER", "50, FAILED_ROUND2"})
    void thePassMarkComesFromTheRuleSet(String round2, RankingRule.Outcome outcome) {
        RuleSet.Parameters p = RuleSet.CIVIL_SERVANT_2020.parameters();
        RuleSet.Parameters sixty = new RuleSet.Parameters(p.round1(), new RuleSet.Round2(p.round2().kinds(),
                p.round2().defaultWeights(), new BigDecimal("60"), BigDecimal.ZERO), p.priority(), p.tieChain(),
                p.lateArrival(), p.suspensionBarsLaterPapers(), p.registrationWindowDays(), p.boardSpread(),
                p.invigilatorsPerRoom(), p.written(), p.examFee(), p.winners(), p.leadership(), p.jointPositions(),
                p.options(), p.unconfirmed());
        Ranked r = RankingRule.rank(List.of(new Contender(1, true, new BigDecimal(round2), BigDecimal.ZERO)), 1,
                Set.of(), sixty).get(0);
        assertThat(r.outcome()).isEqualTo(outcome);
    }

    /** ND 170/2025: a round-2 part under half its maximum fails round 2 whatever the combined score. */
    @ParameterizedTest
    @CsvSource({"true, WINNER", "false, FAILED_ROUND2"})
    void aPartUnderItsMinimumFailsRound2(boolean partsPassed, RankingRule.Outcome outcome) {
        Contender c = new Contender(1, true, new BigDecimal("80"), BigDecimal.ZERO, partsPassed, null, null, null,
                null);
        assertThat(RankingRule.rank(List.of(c), 1, Set.of(), RuleSet.CIVIL_SERVANT_2025.parameters()).get(0)
                .outcome()).isEqualTo(outcome);
    }

    private static String outcomes(List<Ranked> ranked) {
        List<String> actual = new ArrayList<>();
        for (Ranked r : ranked) {
            actual.add(r.applicationId() + ":" + r.outcome() + (r.rank() == null ? "" : ":" + r.rank()));
        }
        return String.join(" ", actual);
    }

    private static Contender withTieData(String spec) {
        String[] p = spec.split(":");
        return new Contender(Long.parseLong(p[0]), true, new BigDecimal(p[1]), new BigDecimal(p[2]), true,
                "-".equals(p[3]) ? null : new BigDecimal(p[3]), "-".equals(p[4]) ? null : "T".equals(p[4]),
                "-".equals(p[5]) ? null : new BigDecimal(p[5]), "-".equals(p[6]) ? null : Integer.valueOf(p[6]));
    }
}
