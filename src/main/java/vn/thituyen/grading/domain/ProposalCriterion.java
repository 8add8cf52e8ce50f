package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One criterion of a campaign's đề án ballot (tiêu chí chấm điểm đề án, {@link BallotRule}) as saved: each save is a
 * new version of the whole list, the latest in force.
 */
@Entity
@Table(name = "proposal_criterion")
public class ProposalCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(nullable = false)
    private int version;
    @Column(nullable = false)
    private int ordinal;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private int weight;
    @Column(name = "saved_by", nullable = false)
    private String savedBy;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ProposalCriterion() {
    }

    public ProposalCriterion(long campaignId, int version, int ordinal, String name, int weight, String savedBy,
            Instant savedAt) {
        this.campaignId = campaignId;
        this.version = version;
        this.ordinal = ordinal;
        this.name = name;
        this.weight = weight;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public int getVersion() {
        return version;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public BallotRule.Criterion toCriterion() {
        return new BallotRule.Criterion(name, weight);
    }
}
