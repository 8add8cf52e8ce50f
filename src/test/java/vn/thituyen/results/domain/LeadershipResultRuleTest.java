package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.results.domain.LeadershipResultRule.Candidate;
import vn.thituyen.results.domain.LeadershipResultRule.Combination;
import vn.thituyen.results.domain.LeadershipResultRule.Settings;
import vn.thituyen.results.domain.LeadershipResultRule.Standing;
import vn.thituyen.results.domain.LeadershipResultRule.Verdict;

/**
 * A leadership exam's result per post (Official Letter 2424/BNV-CCVC of 2017, the province's regulation; docs/domain.md
 * § Leadership exams): part 1 is a gate at 50; the combination decides the final score; one winner, the highest final
 * score of at least 50 (half the final score's maximum); nobody there → no winner; a tie for the top → the council.
 */
class LeadershipResultRuleTest {

    private static Settings settings(Combination c, int part1Weight) {
        return new Settings(c, new BigDecimal("50"), part1Weight, new BigDecimal("50"));
    }

    @ParameterizedTest(name = "{0} ({1} %): part 1 {2}, part 2 {3} → {4} {5}")
    @CsvSource(nullValues = "-", textBlock = """
        GATE_THEN_PART2, 0,  -,     -,     AWAITING_PART1, -
        GATE_THEN_PART2, 0,  49.99, 95,    OUT_AT_PART1,   -
        GATE_THEN_PART2, 0,  50,    -,     AWAITING_PART2, -
        GATE_THEN_PART2, 0,  50,    71.4,  SCORED,         71.40
        GATE_THEN_PART2, 0,  98,    40,    SCORED,         40.00
        SUM,             0,  60,    70.5,  SCORED,         130.50
        SUM,             0,  45,    99,    OUT_AT_PART1,   -
        WEIGHTS,         40, 60,    80,    SCORED,         72.00
        WEIGHTS,         30, 55,    70.5,  SCORED,         65.85
        WEIGHTS,         50, 50,    51,    SCORED,         50.50
        """)
    void aCandidatesStanding(Combination c, int weight, BigDecimal part1, BigDecimal part2, Standing standing,
            BigDecimal finalScore) {
        var line = LeadershipResultRule.line(new Candidate(1, part1, part2), settings(c, weight));
        assertThat(line.standing()).isEqualTo(standing);
        if (finalScore == null) {
            assertThat(line.finalScore()).isNull();
        } else {
            assertThat(line.finalScore()).isEqualByComparingTo(finalScore);
        }
    }

    /** "id:part1:part2 …" ("-" for a missing mark). */
    private static List<Candidate> post(String spec) {
        List<Candidate> out = new ArrayList<>();
        for (String c : spec.trim().split("\\s+")) {
            String[] p = c.split(":");
            out.add(new Candidate(Long.parseLong(p[0]), p[1].equals("-") ? null : new BigDecimal(p[1]),
                    p[2].equals("-") ? null : new BigDecimal(p[2])));
        }
        return out;
    }

    private static Set<Long> ids(String s) {
        return s == null ? Set.of() : Arrays.stream(s.trim().split("\\s+")).map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} [{1}] → {2} {3} (tied {4})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        GATE_THEN_PART2 | 1:60:72 2:55:68.5                | WINNER          | 1 | -
        GATE_THEN_PART2 | 1:60:72 2:45:99                  | WINNER          | 1 | -
        GATE_THEN_PART2 | 1:60:49.9 2:70:49                | NO_WINNER       | - | -
        GATE_THEN_PART2 | 1:40:90 2:45:99                  | NO_WINNER       | - | -
        GATE_THEN_PART2 | 1:60:50 2:70:49.99               | WINNER          | 1 | -
        GATE_THEN_PART2 | 1:60:75 2:80:75 3:90:60          | COUNCIL_DECIDES | - | 1 2
        GATE_THEN_PART2 | 1:60:75 2:80:-                   | INCOMPLETE      | - | -
        GATE_THEN_PART2 | 1:-:75 2:80:70                   | INCOMPLETE      | - | -
        GATE_THEN_PART2 | 1:45:- 2:80:70                   | WINNER          | 2 | -
        SUM             | 1:60:70 2:80:55                  | WINNER          | 2 | -
        SUM             | 1:50:49 2:50:45                  | NO_WINNER       | - | -
        SUM             | 1:60:70 2:70:60                  | COUNCIL_DECIDES | - | 1 2
        WEIGHTS         | 1:60:70 2:80:55                  | WINNER          | 2 | -
        """)
    void onePost(Combination c, String candidates, Verdict verdict, Long winner, String tied) {
        var r = LeadershipResultRule.decide(post(candidates), settings(c, 50), null);
        assertThat(r.verdict()).isEqualTo(verdict);
        assertThat(r.winner()).isEqualTo(winner);
        assertThat(r.tied()).isEqualTo(ids(tied));
    }

    @Test
    void theCouncilChoosesAmongTheTiedOnly() {
        List<Candidate> tie = post("1:60:75 2:80:75 3:90:60");
        var decided = LeadershipResultRule.decide(tie, Settings.defaults(), 2L);
        assertThat(decided.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(decided.winner()).isEqualTo(2L);
        assertThat(decided.tied()).containsExactlyInAnyOrder(1L, 2L);
        assertThatThrownBy(() -> LeadershipResultRule.decide(tie, Settings.defaults(), 3L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFinalScoresAreListedBestFirst() {
        var r = LeadershipResultRule.decide(post("1:60:55 2:80:75 3:30:90"), Settings.defaults(), null);
        assertThat(r.lines()).extracting(LeadershipResultRule.Line::id).containsExactly(2L, 1L, 3L);
        assertThat(r.lines().get(2).standing()).isEqualTo(Standing.OUT_AT_PART1);
    }

    /** The list's ranks: equal final scores share a rank, the next skips as many; no final score, no rank. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "80, 75, 70        | 1, 2, 3",
        "80, 80, 75        | 1, 1, 3",
        "75, 80, 80        | 3, 1, 1",
        "80, -, 72.5, 72.5 | 1, -, 2, 2",
        "-, -              | -, -",
        "64.33, 64.330     | 1, 1",
    })
    void ranksOnThePostsList(String finals, String expected) {
        List<LeadershipResultRule.Line> lines = new ArrayList<>();
        String[] f = finals.split(",");
        for (int i = 0; i < f.length; i++) {
            String v = f[i].strip();
            lines.add(new LeadershipResultRule.Line(i + 1, v.equals("-") ? Standing.OUT_AT_PART1 : Standing.SCORED,
                    v.equals("-") ? null : new BigDecimal(v)));
        }
        java.util.Map<Long, Integer> ranks = LeadershipResultRule.ranks(lines);
        String[] e = expected.split(",");
        for (int i = 0; i < e.length; i++) {
            String want = e[i].strip();
            assertThat(ranks.get((long) i + 1)).as("candidate %d", i + 1)
                    .isEqualTo(want.equals("-") ? null : Integer.valueOf(want));
        }
    }
}
