package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.thituyen.campaign.PartKind;

/** A written part of one position's round 2, once anonymised: who did it, the bundles drawn, the key opened. */
@Entity
@Table(name = "written_part")
public class WrittenPart {

    /** Marking the scripts as sat, or re-marking the appealed ones (phúc khảo) by the appeals board. */
    public enum Purpose { MARKING, APPEAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(name = "part_no", nullable = false)
    private int partNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartKind kind;
    @Column(name = "max_score", nullable = false)
    private BigDecimal maxScore;
    @Column(name = "anonymised_by", nullable = false)
    private String anonymisedBy;
    @Column(name = "anonymised_at", nullable = false)
    private Instant anonymisedAt;
    @Column(name = "bundles_by")
    private String bundlesBy;
    @Column(name = "bundles_at")
    private Instant bundlesAt;
    @Column(name = "key_opened_by")
    private String keyOpenedBy;
    @Column(name = "key_opened_at")
    private Instant keyOpenedAt;
    @Version
    private long version;

    protected WrittenPart() {
    }

    public WrittenPart(long campaignId, long positionId, int partNo, Purpose purpose, PartKind kind,
            BigDecimal maxScore, String by, Instant at) {
        this.campaignId = campaignId;
        this.positionId = positionId;
        this.partNo = partNo;
        this.purpose = purpose;
        this.kind = kind;
        this.maxScore = maxScore;
        this.anonymisedBy = by;
        this.anonymisedAt = at;
    }

    public void bundlesDrawn(String by, Instant at) {
        this.bundlesBy = by;
        this.bundlesAt = at;
    }

    public void keyOpened(String by, Instant at) {
        this.keyOpenedBy = by;
        this.keyOpenedAt = at;
    }

    public boolean isKeyOpen() {
        return keyOpenedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getPositionId() {
        return positionId;
    }

    public int getPartNo() {
        return partNo;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    /** The board that marks this part: the marking board, or the appeals board for re-marking. */
    public vn.thituyen.campaign.BoardKind markingBoard() {
        return purpose == Purpose.APPEAL ? vn.thituyen.campaign.BoardKind.APPEALS
                : vn.thituyen.campaign.BoardKind.MARKING;
    }

    /** A new batch of appeals may be taken into a re-marking whose scripts have not been dealt yet. */
    public void reopenBundles() {
        this.bundlesBy = null;
        this.bundlesAt = null;
    }

    public PartKind getKind() {
        return kind;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public Instant getBundlesAt() {
        return bundlesAt;
    }

    public String getKeyOpenedBy() {
        return keyOpenedBy;
    }

    public Instant getKeyOpenedAt() {
        return keyOpenedAt;
    }
}
