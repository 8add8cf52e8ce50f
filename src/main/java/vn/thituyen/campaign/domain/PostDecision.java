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
import vn.thituyen.campaign.PostState;

/** A decision on a post's exam, kept forever: go ahead, re-announce with a new window, or withdraw. */
@Entity
@Table(name = "post_decision")
public class PostDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostState decision;

    /** Eligible candidates when it was decided. */
    @Column(nullable = false)
    private int eligible;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    private String reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected PostDecision() {
    }

    public PostDecision(long positionId, PostState decision, int eligible, Instant opensAt,
            Instant closesAt, String reason, String decidedBy, Instant decidedAt) {
        this.positionId = positionId;
        this.decision = decision;
        this.eligible = eligible;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getPositionId() {
        return positionId;
    }

    public PostState getDecision() {
        return decision;
    }

    public int getEligible() {
        return eligible;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
