package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pause of a room, from pause to resume (append-only record). */
@Entity
@Table(name = "sitting_pause")
public class SittingPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "sitting_id", nullable = false)
    private Long sittingId;
    @Column(name = "paused_at", nullable = false)
    private Instant pausedAt;
    @Column(name = "resumed_at", nullable = false)
    private Instant resumedAt;
    @Column(name = "paused_by", nullable = false)
    private String pausedBy;
    @Column(name = "resumed_by", nullable = false)
    private String resumedBy;

    protected SittingPause() {
    }

    public SittingPause(long sittingId, Instant pausedAt, Instant resumedAt, String pausedBy, String resumedBy) {
        this.sittingId = sittingId;
        this.pausedAt = pausedAt;
        this.resumedAt = resumedAt;
        this.pausedBy = pausedBy;
        this.resumedBy = resumedBy;
    }

    public Long getSittingId() { return sittingId; }
    public Instant getPausedAt() { return pausedAt; }
    public Instant getResumedAt() { return resumedAt; }
}
