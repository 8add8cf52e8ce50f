package vn.thituyen.winners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.winners.CancellationKind;

/** The cancellation of a winner's result, with its kind and reason, who and when: one per dossier, never changed. */
@Entity
@Table(name = "winner_cancellation")
public class WinnerCancellation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "position_id", nullable = false)
    private Long positionId;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CancellationKind kind;
    @Column(nullable = false)
    private String reason;
    @Column(name = "cancelled_by", nullable = false)
    private String cancelledBy;
    @Column(name = "cancelled_at", nullable = false)
    private Instant cancelledAt;

    protected WinnerCancellation() {
    }

    public WinnerCancellation(WinnerDossier d, CancellationKind kind, String reason, String by, Instant at) {
        this.dossierId = d.getId();
        this.campaignId = d.getCampaignId();
        this.positionId = d.getPositionId();
        this.applicationId = d.getApplicationId();
        this.kind = kind;
        this.reason = reason;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Long getCampaignId() { return campaignId; }
    public Long getPositionId() { return positionId; }
    public Long getApplicationId() { return applicationId; }
    public CancellationKind getKind() { return kind; }
    public String getReason() { return reason; }
    public String getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
}
