package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.campaign.BoardKind;

/** A member of one of a campaign's boards; the interview board may be one position's ({@code positionScope}). */
@Entity
@Table(name = "board_seat")
public class BoardSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoardKind board;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    /** The position the board serves; 0 = every position of the campaign. */
    @Column(name = "position_scope", nullable = false)
    private long positionScope;
    private boolean head;
    @Column(name = "added_by", nullable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected BoardSeat() {
    }

    public BoardSeat(long campaignId, BoardKind board, long userId, Long positionId, boolean head, String addedBy,
            Instant addedAt) {
        this.campaignId = campaignId;
        this.board = board;
        this.userId = userId;
        this.positionScope = positionId == null ? 0 : positionId;
        this.head = head;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public BoardKind getBoard() { return board; }
    public long getUserId() { return userId; }
    /** The position served, or null for every position. */
    public Long getPositionId() { return positionScope == 0 ? null : positionScope; }
    public boolean isHead() { return head; }

    public BoardRule.Seat toSeat() {
        return new BoardRule.Seat(board, userId, getPositionId(), head);
    }
}
