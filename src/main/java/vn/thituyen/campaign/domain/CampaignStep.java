package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.campaign.CampaignStatus;

/** One lifecycle step taken, with who, when and why (append-only). */
@Entity
@Table(name = "campaign_step")
public class CampaignStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private CampaignStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private CampaignStatus to;
    private String reason;
    @Column(name = "taken_by", nullable = false)
    private String takenBy;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected CampaignStep() {
    }

    public CampaignStep(long campaignId, CampaignStatus from, CampaignStatus to, String reason, String by, Instant at) {
        this.campaignId = campaignId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.takenBy = by;
        this.takenAt = at;
    }

    public CampaignStatus getFrom() { return from; }
    public CampaignStatus getTo() { return to; }
    public String getReason() { return reason; }
    public String getTakenBy() { return takenBy; }
    public Instant getTakenAt() { return takenAt; }
}
