package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of a campaign's interview board (ban sát hạch); one member is its head (trưởng ban). */
@Entity
@Table(name = "board_member")
public class BoardMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    private boolean head;

    protected BoardMember() {
    }

    public BoardMember(long campaignId, long userId, boolean head) {
        this.campaignId = campaignId;
        this.userId = userId;
        this.head = head;
    }

    public Long getCampaignId() { return campaignId; }
    public Long getUserId() { return userId; }
    public boolean isHead() { return head; }
}
