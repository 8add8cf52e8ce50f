package vn.thituyen.delivery;

/**
 * A part of an attempt with what reports need of its attempt and sitting, read in one query.
 *
 * @param correctCount null while the part is not closed
 */
public record PartRef(long partId, long attemptId, String candidateNumber, boolean cancelled, long sittingId,
        long campaignId, int partNo, Long bankId, int questionCount, boolean exempt, boolean started, boolean closed,
        Integer correctCount, Boolean passed) {
}
