package vn.thituyen.winners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bar on a citizen ID (CCCD) after false documents (ND 138/2020/NĐ-CP Art. 17): the cancellation it follows, the
 * day, how many campaigns it covers ({@link BarRule}) and the reason staff see at registration. Never changed.
 */
@Entity
@Table(name = "citizen_bar")
public class CitizenBar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "citizen_id", nullable = false)
    private String citizenId;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "cancellation_id", nullable = false)
    private Long cancellationId;
    @Column(name = "barred_on", nullable = false)
    private LocalDate barredOn;
    @Column(name = "bar_campaigns", nullable = false)
    private int barCampaigns;
    @Column(nullable = false)
    private String reason;
    @Column(name = "barred_by", nullable = false)
    private String barredBy;
    @Column(name = "barred_at", nullable = false)
    private Instant barredAt;

    protected CitizenBar() {
    }

    public CitizenBar(String citizenId, String fullName, long campaignId, long cancellationId, LocalDate barredOn,
            int barCampaigns, String reason, String barredBy, Instant barredAt) {
        this.citizenId = citizenId;
        this.fullName = fullName;
        this.campaignId = campaignId;
        this.cancellationId = cancellationId;
        this.barredOn = barredOn;
        this.barCampaigns = barCampaigns;
        this.reason = reason;
        this.barredBy = barredBy;
        this.barredAt = barredAt;
    }

    public Long getId() { return id; }
    public String getCitizenId() { return citizenId; }
    public String getFullName() { return fullName; }
    public Long getCampaignId() { return campaignId; }
    public LocalDate getBarredOn() { return barredOn; }
    public int getBarCampaigns() { return barCampaigns; }
    public String getReason() { return reason; }
}
