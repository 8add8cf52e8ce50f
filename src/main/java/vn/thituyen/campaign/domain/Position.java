package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A job position (vị trí việc làm) with its quota (chỉ tiêu). Round 2 is an interview in this version. */
@Entity
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String agency;

    private int quota;

    @Column(name = "round2_format", nullable = false)
    private String round2Format;

    protected Position() {
    }

    public Position(Long campaignId, String code, String name, String agency, int quota) {
        if (quota < 1) {
            throw new IllegalArgumentException("quota must be at least 1");
        }
        this.campaignId = campaignId;
        this.code = code;
        this.name = name;
        this.agency = agency;
        this.quota = quota;
        this.round2Format = "INTERVIEW";
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAgency() {
        return agency;
    }

    public int getQuota() {
        return quota;
    }
}
