package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The council chair closed a post's đề án ballots: part 2 is locked, no ballot, vote or decision after it. */
@Entity
@Table(name = "proposal_closure")
public class ProposalClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(name = "closed_by", nullable = false)
    private String closedBy;
    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected ProposalClosure() {
    }

    public ProposalClosure(long positionId, String closedBy, Instant closedAt) {
        this.positionId = positionId;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }
}
