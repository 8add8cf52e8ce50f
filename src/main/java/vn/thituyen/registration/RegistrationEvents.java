package vn.thituyen.registration;

/** Events of the registration module, seen by the audit log. */
public final class RegistrationEvents {

    private RegistrationEvents() {
    }

    public record ApplicationSubmitted(long applicationId, long campaignId, String actor) {
    }

    public record ApplicationReviewed(long applicationId, String decision, String detail, String actor) {
    }

    public record EligibleListPublished(long campaignId, int candidates, int rooms, String actor) {
    }

    /** The candidate changed the form (or submitted it again after withdrawing) while registration was open. */
    public record ApplicationRevised(long applicationId, long campaignId, String actor) {
    }

    /**
     * The application's citizen ID is barred by false documents in an earlier campaign (ND 138/2020/NĐ-CP Art. 17):
     * flagged for the review board with the bar's reason.
     */
    public record ApplicationBarFlagged(long applicationId, long campaignId, String citizenId, String reason,
            String actor) {
    }

    /** The candidate withdrew the application while registration was open. */
    public record ApplicationWithdrawn(long applicationId, long campaignId, String actor) {
    }

    /** A decision corrected after publication: a new version of the eligible list, with the reason. */
    public record EligibleListCorrected(long campaignId, int version, long applicationId, String correction,
            String reason, String actor) {
    }

    public record RoomSaved(long campaignId, long roomId, String name, int capacity, String actor) {
    }

    public record RoomRemoved(long campaignId, String name, String actor) {
    }

    /** A managing agency uploaded its nomination letter (PDF) for a leadership candidate. */
    public record NominationLetterUploaded(long applicationId, long campaignId, String fileName, int sizeBytes,
            String sha256, String actor) {
    }

    /** A managing agency nominated its candidate, or declined with its reason. */
    public record Nominated(long applicationId, long campaignId, boolean nominated, String reason, String actor) {
    }

    /** The form-review board decided one standard of the post for a leadership candidate. */
    public record StandardDecided(long applicationId, int standard, String kind, boolean accepted, String reason,
            String actor) {
    }

    /** A candidate's exam fee recorded (TT 92/2021/TT-BTC): from a receipt or the bank's statement. */
    public record FeePaid(long paymentId, long applicationId, long campaignId, String receiptNumber,
            java.time.LocalDate paidOn, long amountVnd, String source, String actor) {
    }

    /** A fee payment cancelled with the reason; the row and its receipt number stay on record. */
    public record FeePaymentCancelled(long paymentId, long applicationId, long campaignId, String receiptNumber,
            String reason, String actor) {
    }

    /**
     * The secretary imported a list of applications received on paper: every row became an application entered by
     * the actor (each also recorded as an {@link ApplicationSubmitted} by the actor); a list with a bad row stores
     * nothing.
     */
    public record PaperApplicationsImported(long campaignId, String fileName, int applications, String actor) {
    }

    /** The bank's statement taken: every row recorded as a payment (a statement with a bad row stores nothing). */
    public record BankStatementImported(long campaignId, String fileName, int payments, String actor) {
    }

    /**
     * A candidate uploaded a scan for their application ({@code purpose} a {@link DocumentPurpose}; {@code claim} the
     * priority category or exemption it proves), kept with its SHA-256.
     */
    public record DocumentUploaded(long applicationId, long campaignId, long documentId, String purpose, String claim,
            String fileName, long sizeBytes, String sha256, String actor) {
    }

    /** A candidate withdrew one of their scans while the application could still be changed (the file is kept). */
    /** The campaign's documents were backed up (a ZIP with its manifest), with how many. */
    public record DocumentsArchived(long campaignId, int documents, String actor) {
    }

    /** A reviewer read a candidate's document (its bytes), recorded whoever they are. */
    public record DocumentRead(long applicationId, long campaignId, long documentId, String purpose, String actor) {
    }

    public record DocumentWithdrawn(long applicationId, long campaignId, long documentId, String purpose,
            String fileName, String actor) {
    }
}
