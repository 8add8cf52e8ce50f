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
import vn.thituyen.campaign.CouncilRole;

/** A seat on a campaign's recruitment council. */
@Entity
@Table(name = "council_member")
public class CouncilMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "council_role", nullable = false)
    private CouncilRole role;
    @Column(name = "added_by", nullable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CouncilMember() {
    }

    public CouncilMember(long campaignId, long userId, CouncilRole role, String by, Instant at) {
        this.campaignId = campaignId;
        this.userId = userId;
        this.role = role;
        this.addedBy = by;
        this.addedAt = at;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getUserId() { return userId; }
    public CouncilRole getRole() { return role; }
}
