package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A candidate's script of a typed paper (bài thi viết trên máy tính): the deadline is fixed on the server when they
 * start; handed in by the candidate, or closed at the deadline.
 */
@Entity
@Table(name = "typed_script")
public class TypedScript {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "paper_id", nullable = false)
    private Long paperId;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(nullable = false)
    private Instant deadline;
    @Column(name = "handed_in_at")
    private Instant handedInAt;
    @Column(name = "by_timeout", nullable = false)
    private boolean byTimeout;
    @Version
    private long version;

    protected TypedScript() {
    }

    public TypedScript(long paperId, long applicationId, Instant startedAt, int minutes) {
        this.paperId = paperId;
        this.applicationId = applicationId;
        this.startedAt = startedAt;
        this.deadline = startedAt.plus(Duration.ofMinutes(minutes));
    }

    /** Still being written at {@code now}: not handed in, and before the deadline. */
    public boolean writing(Instant now) {
        return handedInAt == null && now.isBefore(deadline);
    }

    /** Handed in by the candidate now, or closed at the deadline when time ran out first. Once. */
    public boolean handIn(Instant now) {
        if (handedInAt != null) {
            return false;
        }
        byTimeout = !now.isBefore(deadline);
        handedInAt = byTimeout ? deadline : now;
        return true;
    }

    public Long getId() { return id; }
    public Long getPaperId() { return paperId; }
    public Long getApplicationId() { return applicationId; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getHandedInAt() { return handedInAt; }
    public boolean isByTimeout() { return byTimeout; }
}
