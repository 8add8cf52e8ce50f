package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The campaign a staff member last chose in the picker. */
@Entity
@Table(name = "campaign_choice")
public class CampaignChoice {

    @Id
    private String username;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected CampaignChoice() {
    }

    public CampaignChoice(String username, long campaignId, Instant at) {
        this.username = username;
        choose(campaignId, at);
    }

    public final void choose(long campaignId, Instant at) {
        this.campaignId = campaignId;
        this.chosenAt = at;
    }

    public Long getCampaignId() {
        return campaignId;
    }
}
