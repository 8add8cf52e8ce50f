package vn.thituyen.questionbank;

import java.util.Set;
import java.util.TreeSet;

/**
 * The key of a question version was corrected ({@link QuestionBankService#correctKey}), published inside the
 * correcting transaction so that whoever scored papers holding the question scores them again in it (module
 * {@code delivery} does, and then publishes the fact the audit log records, {@code DeliveryEvents.KeyCorrected},
 * with what changed). A signal between modules, not a fact of its own: a class, not a record, so the audit log
 * (which records the modules' record events) does not record the same correction twice.
 */
public final class KeyChanged {

    private final long questionId;
    private final long correctionId;
    private final Set<Integer> oldKey;
    private final Set<Integer> newKey;

    public KeyChanged(long questionId, long correctionId, Set<Integer> oldKey, Set<Integer> newKey) {
        this.questionId = questionId;
        this.correctionId = correctionId;
        this.oldKey = java.util.Collections.unmodifiableSet(new TreeSet<>(oldKey));
        this.newKey = java.util.Collections.unmodifiableSet(new TreeSet<>(newKey));
    }

    public long questionId() {
        return questionId;
    }

    /** The key correction that changed it (module {@code analysis} numbers them). */
    public long correctionId() {
        return correctionId;
    }

    /** Original option indexes, ascending. */
    public Set<Integer> oldKey() {
        return oldKey;
    }

    /** Original option indexes, ascending. */
    public Set<Integer> newKey() {
        return newKey;
    }

    @Override
    public String toString() {
        return "KeyChanged[question=" + questionId + ", correction=" + correctionId + ", " + oldKey + " → " + newKey
                + "]";
    }
}
