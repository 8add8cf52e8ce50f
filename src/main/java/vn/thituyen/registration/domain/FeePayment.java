package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A candidate's exam fee paid (biên lai thu phí tuyển dụng, TT 92/2021/TT-BTC): the receipt number, the day paid, the
 * amount, who recorded it and when. Never deleted; a mistaken one is cancelled with the reason and stays on record.
 */
@Entity
@Table(name = "fee_payment")
public class FeePayment {

    /** How the payment reached the system. */
    public enum Source {
        /** Typed by the secretary from a paper receipt. */
        RECEIPT,
        /** Taken from the bank's statement (the transaction's reference as the receipt number). */
        BANK_STATEMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    /** The application while the payment stands, null once cancelled: one payment in force per candidate. */
    @Column(name = "active_application_id")
    private Long activeApplicationId;
    @Column(name = "receipt_number", nullable = false)
    private String receiptNumber;
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;
    @Column(name = "amount_vnd", nullable = false)
    private long amountVnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    /** The bank statement's description, for a payment taken from it. */
    private String reference;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancel_reason")
    private String cancelReason;

    protected FeePayment() {
    }

    public FeePayment(long campaignId, long applicationId, String receiptNumber, LocalDate paidOn, long amountVnd,
            Source source, String reference, String recordedBy, Instant recordedAt) {
        this.campaignId = campaignId;
        this.applicationId = applicationId;
        this.activeApplicationId = applicationId;
        this.receiptNumber = receiptNumber;
        this.paidOn = paidOn;
        this.amountVnd = amountVnd;
        this.source = source;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Cancels the payment with the reason; the row and its receipt number stay. */
    public void cancel(String reason, String by, Instant at) {
        if (cancelledAt != null) {
            throw new IllegalStateException("already cancelled");
        }
        this.activeApplicationId = null;
        this.cancelReason = reason;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public long getAmountVnd() {
        return amountVnd;
    }

    public Source getSource() {
        return source;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
