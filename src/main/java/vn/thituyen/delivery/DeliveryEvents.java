package vn.thituyen.delivery;

/** Events of computer-based delivery, seen by the audit log. */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    public record SittingPrepared(long sittingId, long roomId, int papers, String actor) {
    }

    public record SittingOpened(long sittingId, String actor) {
    }

    public record SittingClosed(long sittingId, String actor) {
    }

    public record PartClosed(long attemptId, int partNo, int correct, int total, boolean passed, boolean byTimeout) {
    }

    public record CandidateCheckedIn(long attemptId, String candidateNumber, String actor) {
    }

    public record ExtraTimeGranted(long attemptId, String candidateNumber, int partNo, int minutes, String reason,
            String actor) {
    }

    public record LateStartPermitted(long attemptId, String candidateNumber, String reason, String actor) {
    }

    public record ViolationRecorded(long attemptId, String candidateNumber, String sanction, String description,
            String actor) {
    }

    public record SittingPaused(long sittingId, String actor) {
    }

    public record SittingResumed(long sittingId, long pausedSeconds, String actor) {
    }

    public record SubjectSealed(long campaignId, String subject, String manifestSha256, String actor) {
    }

    public record QuestionsPurged(long campaignId, String subject, int questions, String actor) {
    }
}
