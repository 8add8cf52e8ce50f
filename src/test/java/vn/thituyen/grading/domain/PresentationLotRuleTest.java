package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.grading.domain.PresentationLotRule.Durations;
import vn.thituyen.grading.domain.PresentationLotRule.Slot;

/**
 * The presentations' order and rooms, drawn by lot from a seed written in the minutes (Official Letter
 * 2424/BNV-CCVC (2017): at most 45 minutes of presentation, then the council's questions).
 */
class PresentationLotRuleTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 11, 20, 7, 30);
    private static final List<Long> IDS = List.of(101L, 102L, 103L, 104L, 105L, 106L, 107L);

    @Test
    void theSameSeedDrawsTheSameSchedule() {
        assertThat(draw(IDS, List.of("P.201"), 20251120L)).isEqualTo(draw(IDS, List.of("P.201"), 20251120L));
        assertThat(draw(IDS, List.of("P.201"), 20251120L)).isNotEqualTo(draw(IDS, List.of("P.201"), 20251121L));
    }

    @Test
    void theOrderOfTheListPlaysNoPart() {
        List<Long> shuffled = new ArrayList<>(IDS);
        Collections.shuffle(shuffled, new java.util.Random(3));
        assertThat(shuffled).isNotEqualTo(IDS);
        assertThat(draw(shuffled, List.of("A", "B"), 99L)).isEqualTo(draw(IDS, List.of("A", "B"), 99L));
        assertThat(draw(IDS.reversed(), List.of("A", "B"), 99L)).isEqualTo(draw(IDS, List.of("A", "B"), 99L));
    }

    /**
     * The draw is the documented algorithm and nothing else: ids sorted, Fisher–Yates with SplittableRandom(seed).
     * Pinned too, so that a change of algorithm (which would make old minutes impossible to re-draw) fails here.
     */
    @Test
    void anyoneWithTheSeedCanDrawAgain() {
        long[] ids = IDS.stream().mapToLong(Long::longValue).sorted().toArray();
        SplittableRandom random = new SplittableRandom(42L);
        for (int i = ids.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
        List<Long> drawn = draw(IDS, List.of("A"), 42L).stream().map(Slot::candidateId).toList();
        assertThat(drawn).containsExactlyElementsOf(Arrays.stream(ids).boxed().toList());
        assertThat(drawn).containsExactly(PINNED_42);
    }

    /** The draw for seed 42 of candidates 101…107, as the algorithm gave it when it was written. */
    private static final Long[] PINNED_42 = {104L, 105L, 107L, 106L, 102L, 101L, 103L};

    @Test
    void timingsInOneRoom() {
        List<Slot> slots = draw(List.of(1L, 2L, 3L), List.of("Hội trường A"), 7L);
        assertThat(slots).extracting(Slot::order).containsExactly(1, 2, 3);
        assertThat(slots).extracting(Slot::room).containsOnly("Hội trường A");
        // 45 + 15 in the room, 10 of break: 07:30–08:30, 08:40–09:40, 09:50–10:50
        assertThat(slots).extracting(Slot::starts).containsExactly(START, START.plusMinutes(70),
                START.plusMinutes(140));
        assertThat(slots).extracting(Slot::ends).containsExactly(START.plusMinutes(60), START.plusMinutes(130),
                START.plusMinutes(200));
    }

    @ParameterizedTest(name = "{0}+{1}+{2} min: the 3rd slot {3}–{4}")
    @CsvSource({
        "45, 15, 10, 09:50, 10:50",
        "30, 10, 5, 09:00, 09:40",
        "1, 0, 0, 07:32, 07:33",
        "45, 120, 60, 15:00, 17:45",
    })
    void timingsFollowTheSettings(int presentation, int questions, int pause, String thirdStarts, String thirdEnds) {
        List<Slot> slots = PresentationLotRule.draw(List.of(1L, 2L, 3L), List.of("A"), START,
                new Durations(presentation, questions, pause), 1L);
        int step = presentation + questions + pause;
        assertThat(slots.get(2).starts()).isEqualTo(START.plusMinutes(2L * step)).isEqualTo(at(thirdStarts));
        assertThat(slots.get(2).ends()).isEqualTo(slots.get(2).starts().plusMinutes(presentation + questions))
                .isEqualTo(at(thirdEnds));
    }

    @Test
    void twoRoomsRoundRobin() {
        List<Slot> slots = draw(IDS, List.of("P.201", "P.202"), 5L);
        assertThat(slots).extracting(Slot::order).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(slots).extracting(Slot::room)
                .containsExactly("P.201", "P.202", "P.201", "P.202", "P.201", "P.202", "P.201");
        // each room starts at the same time and runs its own slots one after another
        assertThat(slots).extracting(Slot::starts).containsExactly(START, START, START.plusMinutes(70),
                START.plusMinutes(70), START.plusMinutes(140), START.plusMinutes(140), START.plusMinutes(210));
        assertThat(slots).extracting(Slot::candidateId).containsExactlyInAnyOrderElementsOf(IDS);
        // the drawn order is the same whatever the number of rooms: rooms only deal it out
        assertThat(slots).extracting(Slot::candidateId).containsExactlyElementsOf(
                draw(IDS, List.of("P.201"), 5L).stream().map(Slot::candidateId).toList());
    }

    @Test
    void moreRoomsThanCandidates() {
        List<Slot> slots = draw(List.of(8L, 9L), List.of("A", "B", "C"), 1L);
        assertThat(slots).extracting(Slot::room).containsExactly("A", "B");
        assertThat(slots).extracting(Slot::starts).containsOnly(START);
    }

    @ParameterizedTest(name = "seed {0}, {1} candidates")
    @CsvSource({
        "0, 1", "1, 2", "-1, 3", "42, 7", "20251120, 12", "9223372036854775807, 25", "-9223372036854775808, 40",
        "123456789, 100",
    })
    void everyCandidateExactlyOnce(long seed, int n) {
        List<Long> ids = LongStream.rangeClosed(1, n).map(i -> 1000 + i * 7).boxed().toList();
        List<Slot> slots = draw(ids, List.of("A", "B", "C"), seed);
        assertThat(slots).hasSize(n);
        assertThat(slots).extracting(Slot::candidateId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(slots).extracting(Slot::order).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, n).boxed().toList());
    }

    @Test
    void noCandidatesNoSchedule() {
        assertThat(draw(List.of(), List.of("A"), 1L)).isEmpty();
    }

    /**
     * Each of 5 candidates comes first in about a fifth of 3000 seeds (600; the standard deviation is about 22, the
     * bounds are ±150), and every position likewise: the seeds are fixed, so this never flakes.
     */
    @Test
    void roughlyUniform() {
        List<Long> ids = List.of(11L, 22L, 33L, 44L, 55L);
        Map<Long, int[]> positions = new HashMap<>();
        ids.forEach(id -> positions.put(id, new int[ids.size()]));
        for (long seed = 0; seed < 3000; seed++) {
            List<Slot> slots = draw(ids, List.of("A"), seed);
            for (Slot s : slots) {
                positions.get(s.candidateId())[s.order() - 1]++;
            }
        }
        for (int[] counts : positions.values()) {
            for (int c : counts) {
                assertThat(c).isBetween(450, 750);
            }
        }
    }

    @ParameterizedTest(name = "{0}/{1}/{2} refused")
    @CsvSource({"0, 15, 10", "46, 15, 10", "-5, 15, 10", "45, -1, 10", "45, 121, 10", "45, 15, -1", "45, 15, 61"})
    void durationsOutOfBounds(int presentation, int questions, int pause) {
        assertThatThrownBy(() -> new Durations(presentation, questions, pause))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}/{1}/{2} accepted")
    @CsvSource({"1, 0, 0", "45, 120, 60", "45, 15, 10"})
    void durationsAtTheBounds(int presentation, int questions, int pause) {
        assertThat(new Durations(presentation, questions, pause).slotMinutes()).isEqualTo(presentation + questions);
    }

    @Test
    void defaults() {
        assertThat(Durations.defaults()).isEqualTo(new Durations(45, 15, 10));
    }

    @Test
    void badInputRefused() {
        assertThatThrownBy(() -> draw(IDS, List.of(), 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draw(IDS, List.of("A", " "), 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draw(IDS, List.of("A", "A "), 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draw(List.of(1L, 2L, 1L), List.of("A"), 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draw(Arrays.asList(1L, null), List.of("A"), 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PresentationLotRule.draw(IDS, List.of("A"), null, Durations.defaults(), 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Slot> draw(List<Long> ids, List<String> rooms, long seed) {
        return PresentationLotRule.draw(ids, rooms, START, Durations.defaults(), seed);
    }

    private static LocalDateTime at(String hhmm) {
        String[] p = hhmm.split(":");
        return START.toLocalDate().atStartOfDay().plusHours(Integer.parseInt(p[0])).plusMinutes(Integer.parseInt(p[1]));
    }
}
