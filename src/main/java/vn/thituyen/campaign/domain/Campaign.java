package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import vn.thituyen.campaign.CampaignKind;
import vn.thituyen.campaign.CampaignStatus;
import vn.thituyen.campaign.RuleSet;

/** A recruitment campaign (kỳ tuyển dụng). */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_set", nullable = false)
    private RuleSet ruleSet;

    @Column(name = "registration_opens_at", nullable = false)
    private Instant registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    private Instant registrationClosesAt;

    @Column(name = "eligible_list_published_at")
    private Instant eligibleListPublishedAt;

    @Column(name = "results_locked_at")
    private Instant resultsLockedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignKind kind;

    /** The recruiting authority (cơ quan có thẩm quyền tuyển dụng); null = the letterhead setting. */
    private String authority;

    @Column(name = "announced_on")
    private LocalDate announcedOn;

    /** Where the announcement was published (newspaper, portal, the agency's notice board). */
    @Column(name = "announcement_place")
    private String announcementPlace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;

    protected Campaign() {
    }

    public Campaign(String code, String name, RuleSet ruleSet, Instant opens, Instant closes, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.ruleSet = ruleSet;
        this.registrationOpensAt = opens;
        this.registrationClosesAt = closes;
        this.createdAt = createdAt;
        // the kind the rule set is for (PUBLIC_EMPLOYEE_2020 → public employees)
        this.kind = java.util.Arrays.stream(CampaignKind.values())
                .filter(k -> ruleSet.name().startsWith(k.name() + "_")).findFirst().orElse(CampaignKind.CIVIL_SERVANT);
        this.status = CampaignStatus.DRAFT;
    }

    /** The details an office may change while the campaign is still editable. */
    public void describe(String name, CampaignKind kind, RuleSet ruleSet, String authority, LocalDate announcedOn,
            String announcementPlace, Instant opens, Instant closes) {
        this.name = name;
        this.kind = kind;
        this.ruleSet = ruleSet;
        this.authority = authority;
        this.announcedOn = announcedOn;
        this.announcementPlace = announcementPlace;
        this.registrationOpensAt = opens;
        this.registrationClosesAt = closes;
    }

    public void moveTo(CampaignStatus next) {
        this.status = next;
    }

    public void markEligibleListPublished(Instant at) {
        this.eligibleListPublishedAt = at;
    }

    public void lockResults(Instant at) {
        this.resultsLockedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RuleSet getRuleSet() {
        return ruleSet;
    }

    public Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public Instant getEligibleListPublishedAt() {
        return eligibleListPublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public String getAuthority() {
        return authority;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public String getAnnouncementPlace() {
        return announcementPlace;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getResultsLockedAt() {
        return resultsLockedAt;
    }
}
