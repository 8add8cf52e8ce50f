package vn.thituyen.analysis.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thituyen.analysis.domain.ItemAnalysis.Input;
import vn.thituyen.analysis.domain.ItemAnalysis.Item;
import vn.thituyen.analysis.domain.ItemAnalysis.Key;
import vn.thituyen.analysis.domain.ItemAnalysis.Paper;

/**
 * What correcting one question's key does to the candidates' part scores, for the before/after report the board
 * signs before the correction is applied. Pure: it only computes; saving the new key and the new scores is done
 * elsewhere.
 *
 * <p>Only the candidates who got the question can be affected, so only they are listed. "Before" scores the
 * question with {@code oldKey} and "after" with {@code newKey}; every other question uses its key from the input.
 * The key of the corrected question given in the input is ignored, so the helper gives the same answer whether it
 * runs before or after the new key was stored.
 */
public final class KeyCorrection {

    private KeyCorrection() {
    }

    /**
     * @param questionId the corrected question
     * @param oldKey     original option indexes accepted before the correction
     * @param newKey     original option indexes accepted after it
     * @param candidates every candidate who got the question, by candidate number then attempt id
     */
    public record Outcome(long questionId, Set<Integer> oldKey, Set<Integer> newKey, List<CandidateChange> candidates) {
        public Outcome {
            candidates = List.copyOf(candidates);
        }

        public long raised() {
            return candidates.stream().filter(c -> c.scoreAfter() > c.scoreBefore()).count();
        }

        public long lowered() {
            return candidates.stream().filter(c -> c.scoreAfter() < c.scoreBefore()).count();
        }

        public long unchanged() {
            return candidates.stream().filter(c -> !c.changed()).count();
        }
    }

    /**
     * @param chosen original index of the option the candidate chose for the question, null if unanswered
     */
    public record CandidateChange(long attemptId, String candidateNumber, Integer chosen, boolean correctBefore,
            boolean correctAfter, int scoreBefore, int scoreAfter) {

        public boolean changed() {
            return scoreBefore != scoreAfter;
        }

        public int delta() {
            return scoreAfter - scoreBefore;
        }
    }

    /**
     * Validates the papers exactly like {@link ItemAnalysis#compute}, and both keys against the question's options.
     *
     * @throws IllegalArgumentException when the question is unknown, a key is empty or outside the options, or a
     *                                  paper is inconsistent
     */
    public static Outcome compute(Input input, long questionId, Set<Integer> oldKey, Set<Integer> newKey) {
        Map<Long, Key> keys = ItemAnalysis.keysById(input.keys());
        Key key = keys.get(questionId);
        if (key == null) {
            throw new IllegalArgumentException("Question " + questionId + " has no key in this part");
        }
        Set<Integer> before = ItemAnalysis.checkedKey(questionId, key.optionCount(), oldKey);
        Set<Integer> after = ItemAnalysis.checkedKey(questionId, key.optionCount(), newKey);
        int k = input.itemsPerPaper();
        List<CandidateChange> changes = new ArrayList<>();
        Set<Long> attempts = new HashSet<>();
        for (Paper paper : input.candidates()) {
            if (!attempts.add(paper.attemptId())) {
                throw new IllegalArgumentException("Attempt " + paper.attemptId() + " appears twice");
            }
            int scoreBefore = ItemAnalysis.score(paper, k, keys, Map.of(questionId, before));
            int scoreAfter = ItemAnalysis.score(paper, k, keys, Map.of(questionId, after));
            for (Item item : paper.items()) {
                if (item.questionId() == questionId) {
                    Integer c = item.chosen();
                    changes.add(new CandidateChange(paper.attemptId(), paper.candidateNumber(), c,
                            c != null && before.contains(c), c != null && after.contains(c), scoreBefore, scoreAfter));
                }
            }
        }
        changes.sort(Comparator.comparing(CandidateChange::candidateNumber,
                Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparingLong(CandidateChange::attemptId));
        return new Outcome(questionId, before, after, changes);
    }
}
