package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A candidate's appeal (đơn phúc khảo) against the mark of one written paper: filed inside the window, the fee
 * recorded by the secretary, then re-marked blind as a script of the part's re-marking ({@code scriptId}).
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(name = "part_no", nullable = false)
    private int partNo;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(name = "filed_by", nullable = false)
    private String filedBy;
    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;
    @Column(name = "fee_vnd", nullable = false)
    private long feeVnd;
    @Column(name = "receipt_no")
    private String receiptNo;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "paid_recorded_by")
    private String paidRecordedBy;
    @Column(name = "script_id")
    private Long scriptId;
    @Version
    private long version;

    protected Appeal() {
    }

    public Appeal(long campaignId, long positionId, int partNo, long applicationId, String filedBy, Instant filedAt,
            long feeVnd) {
        this.campaignId = campaignId;
        this.positionId = positionId;
        this.partNo = partNo;
        this.applicationId = applicationId;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.feeVnd = feeVnd;
    }

    public void paid(String receipt, LocalDate on, String by) {
        this.receiptNo = receipt;
        this.paidOn = on;
        this.paidRecordedBy = by;
    }

    public void takenIn(long script) {
        this.scriptId = script;
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getPositionId() {
        return positionId;
    }

    public int getPartNo() {
        return partNo;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public long getFeeVnd() {
        return feeVnd;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public Long getScriptId() {
        return scriptId;
    }
}
