package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.campaign.RuleSet;

/**
 * What the province's regulation decides for one leadership campaign (how the parts combine, the confidence vote,
 * named or unnamed ballots, outside candidates, the presentation's length); absent = the rule set's defaults.
 */
@Entity
@Table(name = "leadership_settings")
public class LeadershipSettings {

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleSet.Leadership.Combination combination;

    @Column(name = "part1_weight", nullable = false)
    private int part1Weight;

    @Column(name = "confidence_vote", nullable = false)
    private boolean confidenceVote;

    @Column(name = "named_ballots", nullable = false)
    private boolean namedBallots;

    @Column(name = "outside_candidates", nullable = false)
    private boolean outsideCandidates;

    @Column(name = "presentation_minutes", nullable = false)
    private int presentationMinutes;

    @Column(name = "question_minutes", nullable = false)
    private int questionMinutes;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected LeadershipSettings() {
    }

    public LeadershipSettings(long campaignId) {
        this.campaignId = campaignId;
    }

    /** Writes the settings (already checked) with who changed them. */
    public void set(RuleSet.Leadership l, String by, Instant at) {
        this.combination = l.combination();
        this.part1Weight = l.part1Weight();
        this.confidenceVote = l.confidenceVote();
        this.namedBallots = l.namedBallots();
        this.outsideCandidates = l.outsideCandidates();
        this.presentationMinutes = l.presentationMinutes();
        this.questionMinutes = l.questionMinutes();
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The rule set's leadership rules with this campaign's choices. */
    public RuleSet.Leadership applyTo(RuleSet.Leadership base) {
        return new RuleSet.Leadership(base.part1Gate(), base.winningMark(), base.minimumCandidates(),
                base.writtenMinutes(), presentationMinutes, questionMinutes, combination, part1Weight, confidenceVote,
                namedBallots, outsideCandidates);
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
