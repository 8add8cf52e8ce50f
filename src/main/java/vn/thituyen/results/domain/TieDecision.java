package vn.thituyen.results.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The head's decision admitting one candidate at a tied last place, with who and why. */
@Entity
@Table(name = "tie_decision")
public class TieDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "result_set_id", nullable = false)
    private Long resultSetId;
    @Column(name = "position_id", nullable = false)
    private Long positionId;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(nullable = false)
    private String reason;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected TieDecision() {
    }

    public TieDecision(long resultSetId, long positionId, long applicationId, String reason, String by, Instant at) {
        this.resultSetId = resultSetId;
        this.positionId = positionId;
        this.applicationId = applicationId;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getResultSetId() { return resultSetId; }
    public Long getPositionId() { return positionId; }
    public Long getApplicationId() { return applicationId; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
