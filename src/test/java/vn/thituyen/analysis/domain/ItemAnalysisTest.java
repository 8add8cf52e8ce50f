package vn.thituyen.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.thituyen.analysis.domain.ItemAnalysis.Flag.DISCRIMINATION_LOW;
import static vn.thituyen.analysis.domain.ItemAnalysis.Flag.DISTRACTOR_BEATS_KEY;
import static vn.thituyen.analysis.domain.ItemAnalysis.Flag.DISTRACTOR_UNUSED;
import static vn.thituyen.analysis.domain.ItemAnalysis.Flag.FACILITY_HIGH;
import static vn.thituyen.analysis.domain.ItemAnalysis.Flag.FACILITY_LOW;
import static vn.thituyen.analysis.domain.ItemAnalysisFixtures.item;
import static vn.thituyen.analysis.domain.ItemAnalysisFixtures.key;
import static vn.thituyen.analysis.domain.ItemAnalysisFixtures.paper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.thituyen.analysis.domain.ItemAnalysis.Input;
import vn.thituyen.analysis.domain.ItemAnalysis.ItemStats;
import vn.thituyen.analysis.domain.ItemAnalysis.Key;
import vn.thituyen.analysis.domain.ItemAnalysis.OptionStats;
import vn.thituyen.analysis.domain.ItemAnalysis.Paper;
import vn.thituyen.analysis.domain.ItemAnalysis.PartStats;
import vn.thituyen.analysis.domain.ItemAnalysis.Result;

/** Item analysis against numbers worked out by hand (the tables below), and its edge cases. */
class ItemAnalysisTest {

    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    /*
     * Same paper for everybody: N = 10, k = 5, keys Q1..Q5 = A B C D A, 4 options each.
     *
     *   cand  Q1 Q2 Q3 Q4 Q5 | score       order (score desc, attempt asc) and groups (g = round(2.7) = 3)
     *   TS01  A  B  C  A  A  |  4          1. TS03 5   top
     *   TS02  A  B  C  A  A  |  4          2. TS01 4   top
     *   TS03  A  B  C  D  A  |  5          3. TS02 4   top     <- TS01, TS02, TS05 tie at 4: the lower
     *   TS04  A  B  C  A  -  |  3          4. TS05 4              attempt ids go into the top group
     *   TS05  A  B  B  D  A  |  4          5. TS04 3
     *   TS06  A  C  C  B  -  |  2          6. TS06 2
     *   TS07  A  B  A  C  B  |  2          7. TS07 2
     *   TS08  A  C  B  D  -  |  2          8. TS08 2   bottom  <- TS06, TS07, TS08 tie at 2: the last one
     *   TS09  A  D  A  C  B  |  1          9. TS09 1   bottom     of the order goes into the bottom group
     *   TS10  A  C  B  B  C  |  1         10. TS10 1   bottom
     *
     *   Q | correct  p   | top (TS03,01,02)  bottom (TS08,09,10) D    | A  B  C  D  omit | pq   | flags
     *   1 | 10/10   1.0  | 3/3 = 1           3/3 = 1             0    | 10 0  0  0  0    | 0    | HIGH, D LOW, unused B C D
     *   2 |  6/10   0.6  | 3/3 = 1           0/3 = 0             1    | 0  6  3  1  0    | 0.24 | unused A
     *   3 |  5/10   0.5  | 3/3 = 1           0/3 = 0             1    | 2  3  5  0  0    | 0.25 | unused D
     *   4 |  3/10   0.3  | 1/3               1/3                 0    | 3  2  2  3  0    | 0.21 | D LOW; top chose A twice,
     *     |              |                                            |                  |      |   the key D once: A beats key
     *     |              |                                            |                  |      |   (p = 0.3 is not < 0.3)
     *   5 |  4/10   0.4  | 3/3 = 1           0/3 = 0             1    | 4  2  1  0  3    | 0.24 | unused D; omitted top 0, bottom 1
     *
     *   scores 4 4 5 3 4 2 2 2 1 1: Σx = 28, mean = 2.8; Σx² = 96, σ² = 96/10 − 2.8² = 9.6 − 7.84 = 1.76,
     *   σ = √1.76 = 1.3266; min 1, max 5; distribution 0:0 1:2 2:3 3:1 4:3 5:1.
     *   Σpq = 0 + 0.24 + 0.25 + 0.21 + 0.24 = 0.94 (= k·w̄, since every question was given to all N);
     *   KR-20 = 5/4 · (1 − 0.94/1.76) = 1.25 · 0.465909… = 0.5824.
     */
    @Test
    void samePaperForEverybody() {
        Result r = ItemAnalysis.compute(ItemAnalysisFixtures.samePaper());

        PartStats part = r.part();
        assertThat(part.candidates()).isEqualTo(10);
        assertThat(part.itemsPerPaper()).isEqualTo(5);
        assertThat(part.groupSize()).isEqualTo(3);
        assertThat(part.mean()).isCloseTo(2.8, FOUR_DECIMALS);
        assertThat(part.standardDeviation()).isCloseTo(1.3266, FOUR_DECIMALS);
        assertThat(part.min()).isEqualTo(1);
        assertThat(part.max()).isEqualTo(5);
        assertThat(part.distribution()).containsExactly(0, 2, 3, 1, 3, 1);
        assertThat(part.kr20()).isCloseTo(0.5824, FOUR_DECIMALS);

        assertThat(r.items()).extracting(ItemStats::questionId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertItem(r.items().get(0), 10, 10, 1.0, 3, 3, 3, 3, 0.0, new int[] {10, 0, 0, 0}, 0);
        assertItem(r.items().get(1), 10, 6, 0.6, 3, 3, 3, 0, 1.0, new int[] {0, 6, 3, 1}, 0);
        assertItem(r.items().get(2), 10, 5, 0.5, 3, 3, 3, 0, 1.0, new int[] {2, 3, 5, 0}, 0);
        assertItem(r.items().get(3), 10, 3, 0.3, 3, 1, 3, 1, 0.0, new int[] {3, 2, 2, 3}, 0);
        assertItem(r.items().get(4), 10, 4, 0.4, 3, 3, 3, 0, 1.0, new int[] {4, 2, 1, 0}, 3);

        assertThat(r.items().get(0).flags()).containsExactlyInAnyOrder(FACILITY_HIGH, DISCRIMINATION_LOW,
                DISTRACTOR_UNUSED);
        assertThat(r.items().get(0).unusedDistractors()).containsExactly(1, 2, 3);
        assertThat(r.items().get(1).flags()).containsExactly(DISTRACTOR_UNUSED);
        assertThat(r.items().get(1).unusedDistractors()).containsExactly(0);
        assertThat(r.items().get(2).flags()).containsExactly(DISTRACTOR_UNUSED);
        assertThat(r.items().get(3).flags()).as("p = 0.3 exactly is not too hard")
                .containsExactlyInAnyOrder(DISCRIMINATION_LOW, DISTRACTOR_BEATS_KEY);
        assertThat(r.items().get(3).distractorsBeatingKey()).containsExactly(0);
        assertThat(r.items().get(4).flags()).containsExactly(DISTRACTOR_UNUSED);

        // option detail of Q4, the miskeyed-looking one: top group A 2, D 1; bottom group B 1, C 1, D 1
        List<OptionStats> q4 = r.items().get(3).options();
        assertThat(q4).extracting(OptionStats::top).containsExactly(2, 0, 0, 1);
        assertThat(q4).extracting(OptionStats::bottom).containsExactly(0, 1, 1, 1);
        assertThat(q4).extracting(OptionStats::correct).containsExactly(false, false, false, true);
        assertThat(q4).extracting(OptionStats::letter).containsExactly("A", "B", "C", "D");
        assertThat(q4.get(0).share()).isCloseTo(0.3, FOUR_DECIMALS);
        // Q5: three omissions, one of them in the bottom group (TS08)
        ItemStats q5 = r.items().get(4);
        assertThat(q5.omittedTop()).isZero();
        assertThat(q5.omittedBottom()).isEqualTo(1);
        assertThat(q5.omittedShare()).isCloseTo(0.3, FOUR_DECIMALS);
        assertThat(q5.topFacility()).isEqualTo(1.0);
        assertThat(q5.bottomFacility()).isEqualTo(0.0);
    }

    /*
     * Random papers: k = 2 drawn from a bank of 5 questions (3 options; keys Q1..Q5 = A B C A B). N = 6,
     * g = round(1.62) = 2. Blank = not on that candidate's paper.
     *
     *   cand  Q1 Q2 Q3 Q4 Q5 | score     order: TS01 2 top, TS02 2 top, TS03 2 (tie: out of the top group),
     *   TS01  A  B           |  2               TS04 1 (tie: out of the bottom group), TS05 1 bottom, TS06 0 bottom
     *   TS02  A     C        |  2
     *   TS03     B  C        |  2
     *   TS04  B        A     |  1
     *   TS05     B     -     |  1
     *   TS06  C     A        |  0
     *
     *   Q | n | correct  p    | top who got it   bottom who got it   D     | A B C omit | n·pq       | flags
     *   1 | 4 | 2       0.5   | TS01,02: 2/2 = 1  TS06: 0/1 = 0       1     | 2 1 1  0   | 4·¼  = 1   | –
     *   2 | 3 | 3       1.0   | TS01: 1/1 = 1     TS05: 1/1 = 1       0     | 0 3 0  0   | 0          | HIGH, D LOW, unused A C
     *   3 | 3 | 2       0.667 | TS02: 1/1 = 1     TS06: 0/1 = 0       1     | 1 0 2  0   | 3·2/9= 2/3 | unused B
     *   4 | 2 | 1       0.5   | nobody            TS05: 0/1 = 0       undef | 1 0 0  1   | 2·¼  = ½   | unused B C (no D flag)
     *   5 | 0 | 0       undef | nobody            nobody              undef | 0 0 0  0   | –          | none: nothing to judge
     *
     *   scores 2 2 2 1 1 0: Σx = 8, mean = 4/3 = 1.3333; Σx² = 14, σ² = 14/6 − 16/9 = 5/9, σ = 0.7454.
     *   Σn = 12 = N·k; w̄ = (1 + 0 + 2/3 + 1/2) / 12 = 13/72; k·w̄ = 13/36;
     *   KR-20 = 2/1 · (1 − (13/36)/(5/9)) = 2 · (1 − 13/20) = 0.7.
     */
    @Test
    void randomPapers() {
        Result r = ItemAnalysis.compute(ItemAnalysisFixtures.randomPapers());

        PartStats part = r.part();
        assertThat(part.candidates()).isEqualTo(6);
        assertThat(part.groupSize()).isEqualTo(2);
        assertThat(part.mean()).isCloseTo(1.3333, FOUR_DECIMALS);
        assertThat(part.standardDeviation()).isCloseTo(0.7454, FOUR_DECIMALS);
        assertThat(part.min()).isZero();
        assertThat(part.max()).isEqualTo(2);
        assertThat(part.distribution()).containsExactly(1, 2, 3);
        assertThat(part.kr20()).isCloseTo(0.7, FOUR_DECIMALS);

        assertItem(r.items().get(0), 4, 2, 0.5, 2, 2, 1, 0, 1.0, new int[] {2, 1, 1}, 0);
        assertItem(r.items().get(1), 3, 3, 1.0, 1, 1, 1, 1, 0.0, new int[] {0, 3, 0}, 0);
        assertItem(r.items().get(2), 3, 2, 2 / 3.0, 1, 1, 1, 0, 1.0, new int[] {1, 0, 2}, 0);
        assertItem(r.items().get(3), 2, 1, 0.5, 0, 0, 1, 0, null, new int[] {1, 0, 0}, 1);
        assertItem(r.items().get(4), 0, 0, null, 0, 0, 0, 0, null, new int[] {0, 0, 0}, 0);

        assertThat(r.items().get(0).flags()).isEmpty();
        assertThat(r.items().get(1).flags()).containsExactlyInAnyOrder(FACILITY_HIGH, DISCRIMINATION_LOW,
                DISTRACTOR_UNUSED);
        assertThat(r.items().get(1).unusedDistractors()).containsExactly(0, 2);
        assertThat(r.items().get(2).flags()).containsExactly(DISTRACTOR_UNUSED);
        assertThat(r.items().get(3).flags()).as("D undefined: no discrimination flag").containsExactly(
                DISTRACTOR_UNUSED);
        assertThat(r.items().get(3).topFacility()).isNull();
        assertThat(r.items().get(3).bottomFacility()).isEqualTo(0.0);
        assertThat(r.items().get(3).omittedBottom()).isEqualTo(1);

        ItemStats nobody = r.items().get(4);
        assertThat(nobody.flags()).isEmpty();
        assertThat(nobody.omittedShare()).isNull();
        assertThat(nobody.options()).extracting(OptionStats::share).containsOnlyNulls();
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheInput() {
        Input input = ItemAnalysisFixtures.samePaper();
        List<Paper> shuffled = new ArrayList<>(input.candidates());
        Collections.shuffle(shuffled, new Random(7));
        List<Key> keys = new ArrayList<>(input.keys());
        Collections.reverse(keys);
        assertThat(ItemAnalysis.compute(new Input(5, shuffled, keys))).isEqualTo(ItemAnalysis.compute(input));
    }

    @Test
    void aCorrectedKeyAcceptingTwoOptions() {
        // Q4 rescored to accept A and D: TS01, TS02, TS04 gain a point; the groups become TS01-03 / TS08-10
        Input input = ItemAnalysisFixtures.samePaper();
        List<Key> keys = new ArrayList<>(input.keys());
        keys.set(3, key(4, 4, "AD"));
        Result r = ItemAnalysis.compute(new Input(5, input.candidates(), keys));

        ItemStats q4 = r.items().get(3);
        assertThat(q4.key()).containsExactly(0, 3);
        assertThat(q4.correct()).isEqualTo(6);
        assertThat(q4.facility()).isEqualTo(0.6);
        // top TS01 A, TS02 A, TS03 D: 3/3; bottom TS08 D, TS09 C, TS10 B: 1/3
        assertThat(q4.discrimination()).isCloseTo(2 / 3.0, FOUR_DECIMALS);
        assertThat(q4.flags()).isEmpty();
        assertThat(r.part().mean()).isCloseTo(3.1, FOUR_DECIMALS);
        assertThat(r.part().distribution()).containsExactly(0, 2, 3, 0, 2, 3);
    }

    /*
     * N = 18, k = 1, g = round(4.86) = 5. Q1 is given to attempts 1, 14, 15, 16, 17 (correct) and 18 (wrong); Q2 to
     * the other twelve (correct). Order: the seventeen 1s by attempt, then attempt 18 (score 0).
     * Top = attempts 1..5: of them only attempt 1 got Q1 → p(top) = 1/1.
     * Bottom = attempts 14..18: all got Q1, 4 correct → p(bottom) = 4/5.
     * D = 1 − 0.8 = 0.2 exactly: NOT below 0.2 (in doubles 1.0 − 0.8 = 0.19999999999999996 would be).
     */
    @Test
    void thresholdsAreComparedExactly() {
        List<Paper> papers = new ArrayList<>();
        for (long a = 1; a <= 18; a++) {
            boolean q1 = a == 1 || a >= 14;
            papers.add(paper(a, a == 18 ? "B" : "A", q1 ? 1 : 2));
        }
        Result r = ItemAnalysis.compute(new Input(1, papers, List.of(key(1, 4, "A"), key(2, 4, "A"))));
        ItemStats q1 = r.items().get(0);
        assertThat(r.part().groupSize()).isEqualTo(5);
        assertThat(q1.topExposures()).isEqualTo(1);
        assertThat(q1.bottomExposures()).isEqualTo(5);
        assertThat(q1.bottomCorrect()).isEqualTo(4);
        assertThat(q1.discrimination()).isEqualTo(0.2);
        assertThat(q1.flags()).doesNotContain(DISCRIMINATION_LOW);
        assertThat(r.part().kr20()).as("k = 1").isNull();
    }

    @Test
    void groupSizeIsTwentySevenPercentRoundedHalfUp() {
        assertThat(ItemAnalysis.groupSize(0)).isZero();
        assertThat(ItemAnalysis.groupSize(1)).isZero();
        assertThat(ItemAnalysis.groupSize(2)).isEqualTo(1);
        assertThat(ItemAnalysis.groupSize(3)).isEqualTo(1);
        assertThat(ItemAnalysis.groupSize(10)).isEqualTo(3);
        assertThat(ItemAnalysis.groupSize(50)).as("13.5 rounds up").isEqualTo(14);
        assertThat(ItemAnalysis.groupSize(100)).isEqualTo(27);
        assertThat(ItemAnalysis.groupSize(350)).as("94.5 rounds up").isEqualTo(95);
    }

    @Test
    void nobodySatThePart() {
        Input input = ItemAnalysisFixtures.samePaper();
        Result r = ItemAnalysis.compute(new Input(5, List.of(), input.keys()));
        assertThat(r.part()).isEqualTo(new PartStats(0, 5, 0, null, null, null, null, List.of(0, 0, 0, 0, 0, 0),
                null));
        assertThat(r.items()).hasSize(5).allSatisfy(i -> {
            assertThat(i.exposures()).isZero();
            assertThat(i.facility()).isNull();
            assertThat(i.discrimination()).isNull();
            assertThat(i.flags()).isEmpty();
        });
    }

    @Test
    void oneCandidate() {
        Result r = ItemAnalysis.compute(new Input(5, List.of(paper(1, "ABCDA", 1, 2, 3, 4, 5)),
                ItemAnalysisFixtures.samePaper().keys()));
        assertThat(r.part().mean()).isEqualTo(5.0);
        assertThat(r.part().standardDeviation()).isEqualTo(0.0);
        assertThat(r.part().min()).isEqualTo(5);
        assertThat(r.part().max()).isEqualTo(5);
        assertThat(r.part().groupSize()).as("nobody to compare with").isZero();
        assertThat(r.part().kr20()).isNull();
        assertThat(r.items()).allSatisfy(i -> {
            assertThat(i.facility()).isEqualTo(1.0);
            assertThat(i.discrimination()).isNull();
            assertThat(i.flags()).containsExactlyInAnyOrder(FACILITY_HIGH, DISTRACTOR_UNUSED);
        });
    }

    @Test
    void everybodyHasTheSameScore() {
        // keys A B C; each candidate gets two right: σ² = 0, so KR-20 is undefined; g = round(1.08) = 1,
        // top = attempt 1 (ABD), bottom = attempt 4 (ABB): D = 0 on every question
        List<Paper> papers = List.of(paper(1, "ABD", 1, 2, 3), paper(2, "ADC", 1, 2, 3), paper(3, "DBC", 1, 2, 3),
                paper(4, "ABB", 1, 2, 3));
        Result r = ItemAnalysis.compute(new Input(3, papers, List.of(key(1, 4, "A"), key(2, 4, "B"),
                key(3, 4, "C"))));
        assertThat(r.part().mean()).isEqualTo(2.0);
        assertThat(r.part().standardDeviation()).isEqualTo(0.0);
        assertThat(r.part().kr20()).isNull();
        assertThat(r.part().distribution()).containsExactly(0, 0, 4, 0);
        assertThat(r.items()).extracting(ItemStats::discrimination).containsExactly(0.0, 0.0, 0.0);
        assertThat(r.items()).extracting(ItemStats::facility).containsExactly(0.75, 0.75, 0.5);
    }

    @Test
    void everythingOmitted() {
        List<Paper> papers = List.of(paper(1, "---", 1, 2, 3), paper(2, "---", 1, 2, 3), paper(3, "---", 1, 2, 3));
        Result r = ItemAnalysis.compute(new Input(3, papers, List.of(key(1, 4, "A"), key(2, 4, "B"),
                key(3, 4, "C"))));
        assertThat(r.part().mean()).isEqualTo(0.0);
        assertThat(r.part().kr20()).isNull();
        assertThat(r.part().distribution()).containsExactly(3, 0, 0, 0);
        assertThat(r.items()).allSatisfy(i -> {
            assertThat(i.facility()).isEqualTo(0.0);
            assertThat(i.omitted()).isEqualTo(3);
            assertThat(i.omittedShare()).isEqualTo(1.0);
            assertThat(i.omittedTop()).isEqualTo(1);
            assertThat(i.omittedBottom()).isEqualTo(1);
            assertThat(i.discrimination()).isEqualTo(0.0);
            assertThat(i.unusedDistractors()).hasSize(3);
            assertThat(i.flags()).containsExactlyInAnyOrder(FACILITY_LOW, DISCRIMINATION_LOW, DISTRACTOR_UNUSED);
        });
    }

    @Test
    void inconsistentInputIsRefused() {
        List<Key> keys = List.of(key(1, 4, "A"), key(2, 4, "B"));
        assertThatThrownBy(() -> ItemAnalysis.compute(new Input(2, List.of(paper(1, "A", 1)), keys)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 1 items");
        assertThatThrownBy(() -> ItemAnalysis.compute(new Input(2, List.of(paper(1, "AB", 1, 9)), keys)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no key");
        assertThatThrownBy(() -> ItemAnalysis.compute(new Input(2, List.of(paper(1, "AB", 1, 1)), keys)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> ItemAnalysis.compute(new Input(2, List.of(paper(1, "AE", 1, 2)), keys)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chose option 4");
        assertThatThrownBy(() -> ItemAnalysis.compute(new Input(2, List.of(paper(1, "AB", 1, 2),
                paper(1, "AB", 1, 2)), keys))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> ItemAnalysis.compute(new Input(2, List.of(), List.of(key(1, 4, "A"),
                key(1, 4, "B"))))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two keys");
        assertThatThrownBy(() -> new Key(1, "x", 4, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key(1, 4, "E")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Input(0, List.of(), keys)).isInstanceOf(IllegalArgumentException.class);
        assertThat(item(1, "-").chosen()).isNull();
    }

    private static void assertItem(ItemStats i, int exposures, int correct, Double p, int topExposures,
            int topCorrect, int bottomExposures, int bottomCorrect, Double d, int[] chosen, int omitted) {
        assertThat(i.exposures()).as("Q%d exposures", i.questionId()).isEqualTo(exposures);
        assertThat(i.correct()).as("Q%d correct", i.questionId()).isEqualTo(correct);
        if (p == null) {
            assertThat(i.facility()).as("Q%d p", i.questionId()).isNull();
        } else {
            assertThat(i.facility()).as("Q%d p", i.questionId()).isCloseTo(p, FOUR_DECIMALS);
        }
        assertThat(i.topExposures()).as("Q%d top exposures", i.questionId()).isEqualTo(topExposures);
        assertThat(i.topCorrect()).as("Q%d top correct", i.questionId()).isEqualTo(topCorrect);
        assertThat(i.bottomExposures()).as("Q%d bottom exposures", i.questionId()).isEqualTo(bottomExposures);
        assertThat(i.bottomCorrect()).as("Q%d bottom correct", i.questionId()).isEqualTo(bottomCorrect);
        if (d == null) {
            assertThat(i.discrimination()).as("Q%d D", i.questionId()).isNull();
        } else {
            assertThat(i.discrimination()).as("Q%d D", i.questionId()).isCloseTo(d, FOUR_DECIMALS);
        }
        assertThat(i.options()).as("Q%d option counts", i.questionId()).extracting(OptionStats::count)
                .containsExactly(java.util.Arrays.stream(chosen).boxed().toArray(Integer[]::new));
        assertThat(i.omitted()).as("Q%d omitted", i.questionId()).isEqualTo(omitted);
        if (exposures > 0) {
            for (OptionStats o : i.options()) {
                assertThat(o.share()).isCloseTo(o.count() / (double) exposures, FOUR_DECIMALS);
            }
        }
    }
}
