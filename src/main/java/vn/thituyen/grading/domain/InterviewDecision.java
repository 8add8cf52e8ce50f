package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The decided score when members' scores are too far apart, with the reason (append-only): by the board head, or
 * by the council chair when the spread reaches the rule set's chair band.
 */
@Entity
@Table(name = "interview_decision")
public class InterviewDecision {

    /** Who decided: the board head (trưởng ban) or the council chair (chủ tịch hội đồng). */
    public enum Decider { BOARD_HEAD, COUNCIL_CHAIR }

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
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "decided_as", nullable = false)
    private Decider decidedAs;

    protected InterviewDecision() {
    }

    public InterviewDecision(long applicationId, BigDecimal score, String reason, String by, Instant at) {
        this(applicationId, score, reason, by, at, Decider.BOARD_HEAD);
    }

    public InterviewDecision(long applicationId, BigDecimal score, String reason, String by, Instant at,
            Decider decidedAs) {
        this.decidedAs = decidedAs;
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
    public Decider getDecidedAs() { return decidedAs; }
}
