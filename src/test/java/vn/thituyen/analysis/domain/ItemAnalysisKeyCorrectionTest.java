package vn.thituyen.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thituyen.analysis.domain.ItemAnalysisFixtures.indexes;
import static vn.thituyen.analysis.domain.ItemAnalysisFixtures.key;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thituyen.analysis.domain.ItemAnalysis.Input;
import vn.thituyen.analysis.domain.ItemAnalysis.Key;
import vn.thituyen.analysis.domain.KeyCorrection.CandidateChange;
import vn.thituyen.analysis.domain.KeyCorrection.Outcome;

/** Before/after part scores when one question's key is corrected (fixtures as in ItemAnalysisTest). */
class ItemAnalysisKeyCorrectionTest {

    /*
     * Q4 of the same-paper part, key D corrected to accept A and D:
     *   cand  chose  before  after
     *   TS01  A      4       5      raised
     *   TS02  A      4       5      raised
     *   TS03  D      5       5
     *   TS04  A      3       4      raised
     *   TS05  D      4       4
     *   TS06  B      2       2
     *   TS07  C      2       2
     *   TS08  D      2       2
     *   TS09  C      1       1
     *   TS10  B      1       1
     */
    @Test
    void acceptingASecondOptionRaisesThoseWhoChoseIt() {
        Outcome o = KeyCorrection.compute(ItemAnalysisFixtures.samePaper(), 4, indexes("D"), indexes("AD"));

        assertThat(o.questionId()).isEqualTo(4);
        assertThat(o.oldKey()).containsExactly(3);
        assertThat(o.newKey()).containsExactly(0, 3);
        assertThat(o.candidates()).extracting(CandidateChange::candidateNumber).containsExactly("TS01", "TS02",
                "TS03", "TS04", "TS05", "TS06", "TS07", "TS08", "TS09", "TS10");
        assertThat(o.candidates()).extracting(CandidateChange::scoreBefore).containsExactly(4, 4, 5, 3, 4, 2, 2, 2,
                1, 1);
        assertThat(o.candidates()).extracting(CandidateChange::scoreAfter).containsExactly(5, 5, 5, 4, 4, 2, 2, 2,
                1, 1);
        assertThat(o.candidates()).filteredOn(CandidateChange::changed).extracting(CandidateChange::candidateNumber)
                .containsExactly("TS01", "TS02", "TS04");
        assertThat(o.raised()).isEqualTo(3);
        assertThat(o.lowered()).isZero();
        assertThat(o.unchanged()).isEqualTo(7);
        CandidateChange ts01 = o.candidates().get(0);
        assertThat(ts01.chosen()).isZero();
        assertThat(ts01.correctBefore()).isFalse();
        assertThat(ts01.correctAfter()).isTrue();
        assertThat(ts01.delta()).isEqualTo(1);
    }

    @Test
    void replacingTheKeyRaisesSomeAndLowersOthers() {
        // D → A: the A choosers (TS01, TS02, TS04) gain, the D choosers (TS03, TS05, TS08) lose
        Outcome o = KeyCorrection.compute(ItemAnalysisFixtures.samePaper(), 4, indexes("D"), indexes("A"));
        assertThat(o.candidates()).extracting(CandidateChange::delta).containsExactly(1, 1, -1, 1, -1, 0, 0, -1, 0,
                0);
        assertThat(o.raised()).isEqualTo(3);
        assertThat(o.lowered()).isEqualTo(3);
        assertThat(o.unchanged()).isEqualTo(4);
    }

    @Test
    void onlyCandidatesWhoGotTheQuestionAreListed() {
        // random papers: Q4 (key A) was on TS04's paper (chose A, score 1) and TS05's (unanswered, score 1)
        Outcome o = KeyCorrection.compute(ItemAnalysisFixtures.randomPapers(), 4, indexes("A"), indexes("B"));
        assertThat(o.candidates()).containsExactly(
                new CandidateChange(4, "TS04", 0, true, false, 1, 0),
                new CandidateChange(5, "TS05", null, false, false, 1, 1));
    }

    @Test
    void theKeyStoredInTheInputDoesNotMatter() {
        // the same report whether it runs before or after the new key was saved
        Input before = ItemAnalysisFixtures.samePaper();
        List<Key> keys = new ArrayList<>(before.keys());
        keys.set(3, key(4, 4, "AD"));
        Input after = new Input(5, before.candidates(), keys);
        assertThat(KeyCorrection.compute(after, 4, indexes("D"), indexes("AD")))
                .isEqualTo(KeyCorrection.compute(before, 4, indexes("D"), indexes("AD")));
    }

    @Test
    void badKeysAreRefused() {
        Input input = ItemAnalysisFixtures.samePaper();
        assertThatThrownBy(() -> KeyCorrection.compute(input, 99, indexes("A"), indexes("B")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
        assertThatThrownBy(() -> KeyCorrection.compute(input, 4, indexes("D"), indexes("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty key");
        assertThatThrownBy(() -> KeyCorrection.compute(input, 4, indexes("D"), indexes("E")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }
}
