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
import vn.thituyen.campaign.Relation;

/** A relative a staff member declared (or the secretary recorded) for a campaign; append-only. */
@Entity
@Table(name = "relative_declaration")
public class RelativeDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "citizen_id", nullable = false)
    private String citizenId;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relation relation;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RelativeDeclaration() {
    }

    public RelativeDeclaration(long campaignId, long userId, String citizenId, String fullName, Relation relation,
            String by, Instant at) {
        this.campaignId = campaignId;
        this.userId = userId;
        this.citizenId = citizenId;
        this.fullName = fullName;
        this.relation = relation;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public CouncilRule.Relative toRelative() {
        return new CouncilRule.Relative(citizenId, fullName, relation);
    }

    public Long getUserId() { return userId; }
}
