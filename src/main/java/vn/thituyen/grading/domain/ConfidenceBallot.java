package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One council member's confidence ballot (phiếu tín nhiệm) on a candidate, once ({@link ConfidenceVoteRule}). */
@Entity
@Table(name = "confidence_ballot")
public class ConfidenceBallot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConfidenceVoteRule.Ballot ballot;
    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected ConfidenceBallot() {
    }

    public ConfidenceBallot(long positionId, long applicationId, long memberId, ConfidenceVoteRule.Ballot ballot,
            Instant castAt) {
        this.positionId = positionId;
        this.applicationId = applicationId;
        this.memberId = memberId;
        this.ballot = ballot;
        this.castAt = castAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getMemberId() {
        return memberId;
    }

    public ConfidenceVoteRule.Ballot getBallot() {
        return ballot;
    }
}
