package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a campaign's eligible list: the publication (version 1), then each correction. */
@Entity
@Table(name = "eligible_list_version")
public class EligibleListVersion {

    public static final String PUBLISHED = "PUBLISHED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    private int version;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(nullable = false)
    private String correction;
    private String reason;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected EligibleListVersion() {
    }

    public EligibleListVersion(long campaignId, int version, Long applicationId, String correction, String reason,
            String decidedBy, Instant decidedAt) {
        this.campaignId = campaignId;
        this.version = version;
        this.applicationId = applicationId;
        this.correction = correction;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public int getVersion() { return version; }
    public Long getApplicationId() { return applicationId; }
    public String getCorrection() { return correction; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
