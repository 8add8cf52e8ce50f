package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/** A post's deadline for the đề án upload, in the campaign's local time; a change is a new row. */
@Entity
@Table(name = "proposal_deadline")
public class ProposalDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected ProposalDeadline() {
    }

    public ProposalDeadline(long positionId, LocalDateTime dueAt, String setBy, Instant setAt) {
        this.positionId = positionId;
        this.dueAt = dueAt;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }
}
