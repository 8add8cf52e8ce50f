package vn.thituyen.delivery.domain;

import java.time.Instant;

/**
 * What a save checks, read under the part's lock ({@link PartLocks#lockForSave}): the part (whose attempt,
 * running or closed, its deadline), the item's option order, the sitting's status, when the candidate was last
 * seen, and the item's latest answer (its sender's sequence number and when it was saved).
 */
public record AnswerSaveCheck(long partId, long attemptId, Instant partStartedAt, Instant deadline, Instant closedAt,
        String optionOrder, Sitting.Status sittingStatus, Instant lastSeenAt, Long latestClientSeq,
        Instant latestSavedAt, String currentSession, Instant sessionStartedAt) {

    public boolean partOpen() {
        return partStartedAt != null && closedAt == null;
    }

    /** The item's latest answer came from a message with this or a later sequence number (see {@link Answer}). */
    public boolean latestIsNewerThan(Long seq) {
        return latestSavedAt != null && seq != null && latestClientSeq != null && latestClientSeq >= seq;
    }

    public int[] order() {
        return PaperItem.parseOrder(optionOrder);
    }
}
