package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sealed export of one subject's exam data: the manifest's SHA-256 is what the minutes record. */
@Entity
@Table(name = "sealed_export")
public class SealedExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(nullable = false)
    private String subject;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "manifest_sha256", nullable = false)
    private String manifestSha256;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "purged_at")
    private Instant purgedAt;
    @Column(name = "purged_by")
    private String purgedBy;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "verified_by")
    private String verifiedBy;

    protected SealedExport() {
    }

    public SealedExport(long campaignId, String subject, String fileName, String manifestSha256, String createdBy,
            Instant createdAt) {
        this.campaignId = campaignId;
        this.subject = subject;
        this.fileName = fileName;
        this.manifestSha256 = manifestSha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The archive was checked against this seal and found intact; the first such check is kept. */
    public void verified(String by, Instant at) {
        if (verifiedAt == null) {
            verifiedBy = by;
            verifiedAt = at;
        }
    }

    public void purged(String by, Instant at) {
        purgedBy = by;
        purgedAt = at;
    }

    public Long getCampaignId() { return campaignId; }
    public String getSubject() { return subject; }
    public String getFileName() { return fileName; }
    public String getManifestSha256() { return manifestSha256; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPurgedAt() { return purgedAt; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public String getVerifiedBy() { return verifiedBy; }
    public Long getId() { return id; }
}
