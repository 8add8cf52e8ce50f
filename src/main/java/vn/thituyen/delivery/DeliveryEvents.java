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

    /** The secretary decided, before the sitting opened, whether candidates must be checked in to start. */
    public record CheckInRuleSet(long sittingId, boolean required, String actor) {
    }

    public record CandidateCheckedIn(long attemptId, String candidateNumber, String actor) {
    }

    /**
     * Checked in at the door by code: {@code method} "QR" (the admission ticket's signed token, verified) or "SBD"
     * (the candidate number typed by the invigilator).
     */
    public record CandidateCheckedInByCode(long attemptId, String candidateNumber, String method, long sittingId,
            String actor) {
    }

    public record ExtraTimeGranted(long attemptId, String candidateNumber, int partNo, int minutes, String reason,
            String actor) {
    }

    public record LateStartPermitted(long attemptId, String candidateNumber, String reason, String actor) {
    }

    public record ViolationRecorded(long attemptId, String candidateNumber, String sanction, String description,
            String actor) {
    }

    /**
     * A candidate signed in at the exam room again (browser or API client) while an earlier exam session was
     * current: the earlier one ended (one session per candidate); the invigilator's roster shows when.
     */
    public record ExamSessionReplaced(long attemptId, String candidateNumber, String channel, String actor) {
    }

    public record SittingPaused(long sittingId, String actor) {
    }

    public record SittingResumed(long sittingId, long pausedSeconds, String actor) {
    }

    public record SubjectSealed(long campaignId, String subject, String manifestSha256, String actor) {
    }

    /** A sealed archive was checked against its recorded seal and found intact. */
    public record SealVerified(long campaignId, String subject, String manifestSha256, String actor) {
    }

    public record InvigilatorAssigned(long roomId, String invigilator, String actor) {
    }

    public record InvigilatorUnassigned(long roomId, String invigilator, String actor) {
    }

    public record QuestionsPurged(long campaignId, String subject, int questions, String actor) {
    }

    /**
     * A key correction the chair approved (module analysis): the key changed and every closed part holding the
     * question was scored again; {@code partsRescored} of them changed (each has a part_rescore row with its before
     * and after).
     */
    public record KeyCorrected(long correctionId, long questionId, String oldKey, String newKey, int partsRescored,
            int raised, int lowered, int passChanged, String actor) {
    }

    /** The paper of a written part typed on computer was set (its questions and points; never their text here). */
    public record TypedPaperSet(long campaignId, long positionId, int partNo, int questions, String actor) {
    }

    public record TypedPaperOpened(long campaignId, long positionId, int partNo, String actor) {
    }

    /** Closed with every script in: the scripts are anonymised for marking in the same transaction (grading). */
    public record TypedPaperClosed(long campaignId, long positionId, int partNo, int scripts, String actor) {
    }

    public record TypedScriptStarted(long scriptId, long applicationId, int partNo, java.time.Instant deadline,
            String actor) {
    }

    public record TypedScriptHandedIn(long scriptId, long applicationId, int partNo, boolean byTimeout, int saves,
            String actor) {
    }
}
