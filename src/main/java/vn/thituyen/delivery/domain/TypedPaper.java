package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.thituyen.common.DomainException;

/**
 * The paper of a written part typed on a computer (đề thi viết trên máy tính): its questions are set by the council
 * chair while it is a draft; the secretary opens it for the candidates and closes it when every script is in.
 */
@Entity
@Table(name = "typed_paper")
public class TypedPaper {

    public enum Status { DRAFT, OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "position_id", nullable = false)
    private Long positionId;
    @Column(name = "part_no", nullable = false)
    private int partNo;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected TypedPaper() {
    }

    public TypedPaper(long campaignId, long positionId, int partNo, int durationMinutes, String by, Instant at) {
        this.campaignId = campaignId;
        this.positionId = positionId;
        this.partNo = partNo;
        this.durationMinutes = durationMinutes;
        this.status = Status.DRAFT;
        this.setBy = by;
        this.setAt = at;
    }

    /** The chair set the questions again (only while a draft). */
    public void reset(int durationMinutes, String by, Instant at) {
        requireStatus(Status.DRAFT);
        this.durationMinutes = durationMinutes;
        this.setBy = by;
        this.setAt = at;
    }

    public void open(String by, Instant at) {
        requireStatus(Status.DRAFT);
        status = Status.OPEN;
        openedBy = by;
        openedAt = at;
    }

    public void close(String by, Instant at) {
        requireStatus(Status.OPEN);
        status = Status.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new DomainException("error.typed.state." + status);
        }
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getPositionId() { return positionId; }
    public int getPartNo() { return partNo; }
    public int getDurationMinutes() { return durationMinutes; }
    public Status getStatus() { return status; }
    public String getSetBy() { return setBy; }
    public Instant getSetAt() { return setAt; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
}
