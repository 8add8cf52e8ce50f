package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
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

    protected Campaign() {
    }

    public Campaign(String code, String name, RuleSet ruleSet, Instant opens, Instant closes, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.ruleSet = ruleSet;
        this.registrationOpensAt = opens;
        this.registrationClosesAt = closes;
        this.createdAt = createdAt;
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

    public Instant getResultsLockedAt() {
        return resultsLockedAt;
    }
}
