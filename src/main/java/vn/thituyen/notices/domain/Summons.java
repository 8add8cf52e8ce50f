package vn.thituyen.notices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The summons to one round of a campaign (giấy triệu tập), as sent; one per round, never changed. */
@Entity
@Table(name = "summons")
public class Summons {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(name = "sitting_at", nullable = false)
    private Instant sittingAt;
    private String venue;
    @Column(nullable = false)
    private int recipients;
    @Column(name = "too_close", nullable = false)
    private boolean tooClose;
    @Column(name = "sent_by", nullable = false)
    private String sentBy;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Summons() {
    }

    public Summons(long campaignId, int roundNo, Instant sittingAt, String venue, int recipients, boolean tooClose,
            String sentBy, Instant sentAt) {
        this.campaignId = campaignId;
        this.roundNo = roundNo;
        this.sittingAt = sittingAt;
        this.venue = venue;
        this.recipients = recipients;
        this.tooClose = tooClose;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public int getRoundNo() { return roundNo; }
    public Instant getSittingAt() { return sittingAt; }
    public String getVenue() { return venue; }
    public int getRecipients() { return recipients; }
    public boolean isTooClose() { return tooClose; }
    public String getSentBy() { return sentBy; }
    public Instant getSentAt() { return sentAt; }
}
