package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.registration.ClaimStatus;

/** One priority category a candidate claims on the form, reviewed on its own. */
@Embeddable
public class PriorityClaim {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PriorityCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected PriorityClaim() {
    }

    PriorityClaim(PriorityCategory category) {
        this.category = category;
        this.status = ClaimStatus.CLAIMED;
    }

    void decide(ClaimStatus status, String by, Instant at) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public PriorityCategory getCategory() { return category; }
    public ClaimStatus getStatus() { return status; }
}
