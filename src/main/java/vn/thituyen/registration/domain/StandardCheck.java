package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The form-review board's decision on one standard of the post for one leadership candidate: accepted or refused,
 * with the evidence it rests on and, when refused, the reason. Kept forever; a later row for the same standard
 * replaces the decision.
 */
@Entity
@Table(name = "standard_check")
public class StandardCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "standard_id", nullable = false)
    private Long standardId;

    @Column(nullable = false)
    private boolean accepted;

    @Column(nullable = false)
    private String evidence;

    private String reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected StandardCheck() {
    }

    public StandardCheck(long applicationId, long standardId, boolean accepted, String evidence, String reason,
            String decidedBy, Instant decidedAt) {
        this.applicationId = applicationId;
        this.standardId = standardId;
        this.accepted = accepted;
        this.evidence = evidence;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getStandardId() {
        return standardId;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getEvidence() {
        return evidence;
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
