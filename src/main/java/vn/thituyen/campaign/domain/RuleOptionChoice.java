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
import vn.thituyen.campaign.RuleSet;

/**
 * A campaign's choice of one option of its rule set (on or off), with who, when and why. Append-only: the newest
 * choice per option counts, the earlier ones stay as history.
 */
@Entity
@Table(name = "campaign_rule_option")
public class RuleOptionChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(name = "option_name", nullable = false)
    private RuleSet.Option option;
    @Column(nullable = false)
    private boolean enabled;
    @Column(nullable = false)
    private String reason;
    @Column(name = "chosen_by", nullable = false)
    private String chosenBy;
    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected RuleOptionChoice() {
    }

    public RuleOptionChoice(long campaignId, RuleSet.Option option, boolean enabled, String reason, String by,
            Instant at) {
        this.campaignId = campaignId;
        this.option = option;
        this.enabled = enabled;
        this.reason = reason;
        this.chosenBy = by;
        this.chosenAt = at;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public RuleSet.Option getOption() { return option; }
    public boolean isEnabled() { return enabled; }
    public String getReason() { return reason; }
    public String getChosenBy() { return chosenBy; }
    public Instant getChosenAt() { return chosenAt; }
}
