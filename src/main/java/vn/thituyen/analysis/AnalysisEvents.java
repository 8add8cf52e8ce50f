package vn.thituyen.analysis;

/**
 * What module analysis publishes (the audit log records each); the approval of a key correction is recorded by
 * module delivery as {@code DeliveryEvents.KeyCorrected}, once the papers are scored again.
 */
public final class AnalysisEvents {

    private AnalysisEvents() {
    }

    /** A correction of a question's key was proposed (đề xuất đính chính đáp án); keys as letters, e.g. "B". */
    public record KeyCorrectionProposed(long correctionId, long questionId, String oldKey, String newKey,
            String reason, String actor) {
    }

    /** A proposal was rejected by the chair, or withdrawn by its proposer, with the reason. */
    public record KeyCorrectionRejected(long correctionId, long questionId, String reason, String actor) {
    }
}
