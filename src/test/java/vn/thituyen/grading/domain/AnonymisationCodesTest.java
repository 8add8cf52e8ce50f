package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Làm phách (TT 6/2020/TT-BNV, Quy chế; docs/domain.md): two layers of random codes per script, unique, in no order
 * that leaks the candidate number or the room.
 */
class AnonymisationCodesTest {

    private static final List<Long> SCRIPTS_IN_SBD_ORDER = LongStream.rangeClosed(1, 500).boxed().toList();

    @Test
    void everyScriptGetsTwoFreshCodesAndNoCodeIsUsedTwice() {
        Map<Long, AnonymisationCodes.Pair> codes = AnonymisationCodes.assign(SCRIPTS_IN_SBD_ORDER, Set.of(),
                new SplittableRandom(7));
        assertThat(codes).hasSize(500);
        Set<String> all = new HashSet<>();
        codes.values().forEach(p -> {
            all.add(p.first());
            all.add(p.second());
            assertThat(AnonymisationCodes.wellFormed(p.first())).isTrue();
            assertThat(AnonymisationCodes.wellFormed(p.second())).isTrue();
        });
        assertThat(all).hasSize(1000);
    }

    /** Codes sorted follow the candidate numbers no more than chance does (about half the neighbours ascend). */
    @Test
    void neitherLayerFollowsTheCandidateOrder() {
        Map<Long, AnonymisationCodes.Pair> codes = AnonymisationCodes.assign(SCRIPTS_IN_SBD_ORDER, Set.of(),
                new SplittableRandom(11));
        for (boolean first : new boolean[] {true, false}) {
            List<String> inOrder = new ArrayList<>();
            SCRIPTS_IN_SBD_ORDER.forEach(id -> inOrder.add(first ? codes.get(id).first() : codes.get(id).second()));
            int ascending = 0;
            for (int i = 1; i < inOrder.size(); i++) {
                ascending += inOrder.get(i).compareTo(inOrder.get(i - 1)) > 0 ? 1 : 0;
            }
            assertThat(ascending).isBetween(200, 300);
        }
    }

    @Test
    void aCodeAlreadyTakenInThePartIsNeverDrawnAgain() {
        // a random source that repeats itself: the first draw is taken, so the next one is used
        SplittableRandom seeded = new SplittableRandom(3);
        String firstDraw = AnonymisationCodes.assign(List.of(1L), Set.of(), seeded.split()).get(1L).first();
        Map<Long, AnonymisationCodes.Pair> again = AnonymisationCodes.assign(List.of(1L), Set.of(firstDraw),
                new SplittableRandom(3).split());
        assertThat(again.get(1L).first()).isNotEqualTo(firstDraw);
        assertThat(again.get(1L).second()).isNotEqualTo(firstDraw);
    }

    @Test
    void aScriptListedTwiceIsRefused() {
        assertThatThrownBy(() -> AnonymisationCodes.assign(List.of(1L, 1L), Set.of(), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"A2B3C4, true", "a2b3c4, false", "A2B3C, false", "A2B3C0, false",
            "AIB3C4, false", "ALB3C4, false", "-, false", "A2B3C4D, false"})
    void wellFormed(String code, boolean ok) {
        assertThat(AnonymisationCodes.wellFormed(code)).isEqualTo(ok);
    }
}
