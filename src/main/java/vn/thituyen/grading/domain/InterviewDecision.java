package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The board head's decided score when members' scores are too far apart, with the reason (append-only). */
@Entity
@Table(name = "interview_decision")
public class InterviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;
    @Column(nullable = false)
    private String reason;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected InterviewDecision() {
    }

    public InterviewDecision(long applicationId, BigDecimal score, String reason, String by, Instant at) {
        this.applicationId = applicationId;
        this.score = score;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public BigDecimal getScore() { return score; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
}
