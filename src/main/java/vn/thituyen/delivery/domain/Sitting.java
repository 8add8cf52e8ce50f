package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import vn.thituyen.common.DomainException;

/** A computer-based sitting of one room (ca thi): prepared (papers drawn), open, closed. */
@Entity
public class Sitting {

    public enum Status { PREPARED, OPEN, PAUSED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "room_id", nullable = false)
    private Long roomId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;
    @Column(name = "prepared_by", nullable = false)
    private String preparedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "paused_by")
    private String pausedBy;
    /** candidates start only after an invigilator checked them in (the default); set before the sitting opens */
    @Column(name = "check_in_required", nullable = false)
    private boolean checkInRequired = true;

    protected Sitting() {
    }

    public Sitting(long campaignId, long roomId, String by, Instant at) {
        this.campaignId = campaignId;
        this.roomId = roomId;
        this.status = Status.PREPARED;
        this.preparedBy = by;
        this.preparedAt = at;
    }

    public void open(Instant at) {
        if (status != Status.PREPARED) {
            throw new DomainException("error.sitting.state");
        }
        status = Status.OPEN;
        openedAt = at;
    }

    /** Whether candidates must be checked in before they start; decided before the sitting opens. */
    public void requireCheckIn(boolean required) {
        if (status != Status.PREPARED) {
            throw new DomainException("error.sitting.checkInRuleLocked");
        }
        checkInRequired = required;
    }

    public void pause(String by, Instant at) {
        if (status != Status.OPEN) {
            throw new DomainException("error.sitting.state");
        }
        status = Status.PAUSED;
        pausedAt = at;
        pausedBy = by;
    }

    /** @return when the pause began */
    public Instant resume() {
        if (status != Status.PAUSED) {
            throw new DomainException("error.sitting.state");
        }
        status = Status.OPEN;
        Instant began = pausedAt;
        pausedAt = null;
        return began;
    }

    public void close(Instant at) {
        if (status == Status.PAUSED) {
            resume();
        }
        if (status != Status.OPEN) {
            throw new DomainException("error.sitting.state");
        }
        status = Status.CLOSED;
        closedAt = at;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getRoomId() { return roomId; }
    public Status getStatus() { return status; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getPausedAt() { return pausedAt; }
    public String getPausedBy() { return pausedBy; }
    public boolean isCheckInRequired() { return checkInRequired; }
}
