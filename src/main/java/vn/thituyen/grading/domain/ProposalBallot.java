package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That a council member cast their secret ballot on a candidate's đề án: one per member and candidate (the database
 * refuses a second); the points are the {@link MarkSheet} it names.
 */
@Entity
@Table(name = "proposal_ballot")
public class ProposalBallot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "mark_sheet_id", nullable = false)
    private long markSheetId;
    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected ProposalBallot() {
    }

    public ProposalBallot(long positionId, long applicationId, long memberId, long markSheetId, Instant castAt) {
        this.positionId = positionId;
        this.applicationId = applicationId;
        this.memberId = memberId;
        this.markSheetId = markSheetId;
        this.castAt = castAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getMarkSheetId() {
        return markSheetId;
    }
}
