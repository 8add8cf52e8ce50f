package vn.thituyen.delivery.domain;

import java.util.Optional;

/** The part lock taken by an answer save, with everything the save checks, in two statements. */
public interface PartLocks {

    /**
     * Locks the part that holds paper item {@code paperItemId} (and the item's row) and reads what a save checks.
     * Empty when there is no such item.
     */
    Optional<AnswerSaveCheck> lockForSave(long paperItemId);

    /**
     * Reads the part's row again into the entity already loaded: a locking query returns the managed entity as it
     * was loaded, not as the transaction that held the lock before left it.
     */
    void reload(AttemptPart part);
}
