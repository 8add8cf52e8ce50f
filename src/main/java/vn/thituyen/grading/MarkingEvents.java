package vn.thituyen.grading;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The steps of blind marking and appeals, seen by the audit log. Scripts are named by the code markers see; nothing
 * here joins a code to a candidate (the key's opening is an event of its own).
 */
public final class MarkingEvents {

    private MarkingEvents() {
    }

    public record ScriptsAnonymised(long campaignId, long positionId, int partNo, int scripts, String actor) {
    }

    public record BundlesDrawn(long campaignId, long positionId, int partNo, int scripts, int pairs, String actor) {
    }

    public record WrittenMarkEntered(String code, String sheet, BigDecimal mark, String actor) {
    }

    public record ConferenceRecorded(String code, BigDecimal agreed, String reason, String actor) {
    }

    public record ThirdMarkerAssigned(String code, long markerId, String actor) {
    }

    public record WrittenMarkDecided(String code, BigDecimal mark, String reason, String actor) {
    }

    public record AutomaticZeroReported(String code, String reasons, String actor) {
    }

    public record AutomaticZeroDecided(String code, String reasons, boolean confirmed, String reason, String actor) {
    }

    /** The code ↔ candidate key of a part (marking or re-marking) was opened (mở phách): marks join candidates. */
    public record KeyOpened(long campaignId, long positionId, int partNo, String purpose, int scripts, String actor) {
    }

    /** The scan of a script's body was uploaded (or replaced), with its checksum. */
    public record ScanUploaded(String code, String sha256, int bytes, String actor) {
    }

    /** The confidential code sheet of a part was printed. */
    public record CodeSheetPrinted(long campaignId, long positionId, int partNo, String purpose, String actor) {
    }

    /** A candidate filed an appeal against the mark of a written paper. */
    public record AppealFiled(long appealId, long applicationId, long positionId, int partNo, long feeVnd,
            String actor) {
    }

    /** The secretary recorded the appeal fee as paid. */
    public record AppealFeePaid(long appealId, String receiptNo, LocalDate paidOn, String actor) {
    }

    /** Paid appeals of a part were taken into a blind re-marking by the appeals board. */
    public record AppealsTakenIn(long campaignId, long positionId, int partNo, int appeals, String actor) {
    }
}
