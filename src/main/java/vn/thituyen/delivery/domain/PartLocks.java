package vn.thituyen.delivery.domain;

import java.util.Optional;

/** The part lock taken by an answer save, with everything the save checks, in two statements. */
public interface PartLocks {

    /**
     * Locks the part that holds paper item {@code paperItemId} (and the item's row) and reads what a save checks.
     * Empty when there is no such item.
     */
    Optional<AnswerSaveCheck> lockForSave(long paperItemId);
}
