package vn.thituyen.results.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.common.DomainException;

/** One computation of a campaign's results (kết quả tuyển dụng). Each recomputation is a new version. */
@Entity
@Table(name = "result_set")
public class ResultSet {

    public enum Status { DRAFT, SUPERSEDED, APPROVED, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    private int version;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;
    @Column(name = "computed_by", nullable = false)
    private String computedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    /** The official document's number ("15/TB-HĐTD"), given when publishing. */
    @Column(name = "document_number")
    private String documentNumber;

    protected ResultSet() {
    }

    public ResultSet(long campaignId, int version, String by, Instant at) {
        this.campaignId = campaignId;
        this.version = version;
        this.status = Status.DRAFT;
        this.computedBy = by;
        this.computedAt = at;
    }

    public void supersede() {
        requireStatus(Status.DRAFT);
        status = Status.SUPERSEDED;
    }

    public void approve(String by, Instant at) {
        requireStatus(Status.DRAFT);
        status = Status.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    public void publish(String by, Instant at, String documentNumber) {
        requireStatus(Status.APPROVED);
        status = Status.PUBLISHED;
        this.documentNumber = documentNumber;
        publishedBy = by;
        publishedAt = at;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new DomainException("error.results.state");
        }
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public int getVersion() { return version; }
    public Status getStatus() { return status; }
    public Instant getComputedAt() { return computedAt; }
    public String getComputedBy() { return computedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public String getDocumentNumber() { return documentNumber; }
}
