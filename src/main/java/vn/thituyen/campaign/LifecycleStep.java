package vn.thituyen.campaign;

import static vn.thituyen.campaign.CampaignStatus.ANNOUNCED;
import static vn.thituyen.campaign.CampaignStatus.CLOSED;
import static vn.thituyen.campaign.CampaignStatus.DRAFT;
import static vn.thituyen.campaign.CampaignStatus.ELIGIBLE_LIST_PUBLISHED;
import static vn.thituyen.campaign.CampaignStatus.EXAMS;
import static vn.thituyen.campaign.CampaignStatus.REGISTRATION_CLOSED;
import static vn.thituyen.campaign.CampaignStatus.REGISTRATION_OPEN;
import static vn.thituyen.campaign.CampaignStatus.RESULTS_APPROVED;
import static vn.thituyen.campaign.CampaignStatus.RESULTS_PUBLISHED;

import java.util.Set;

/**
 * A step of a campaign's life: the statuses it may be taken from and the status it leads to. The office takes
 * {@link #ANNOUNCE}, {@link #OPEN_REGISTRATION}, {@link #CLOSE_REGISTRATION} and {@link #CLOSE}; the others follow
 * from other modules' use cases (the eligible list published, a sitting opened, results approved and published).
 */
public enum LifecycleStep {
    ANNOUNCE(Set.of(DRAFT), ANNOUNCED),
    OPEN_REGISTRATION(Set.of(ANNOUNCED), REGISTRATION_OPEN),
    CLOSE_REGISTRATION(Set.of(REGISTRATION_OPEN), REGISTRATION_CLOSED),
    PUBLISH_ELIGIBLE_LIST(Set.of(REGISTRATION_CLOSED), ELIGIBLE_LIST_PUBLISHED),
    START_EXAMS(Set.of(ELIGIBLE_LIST_PUBLISHED), EXAMS),
    APPROVE_RESULTS(Set.of(ELIGIBLE_LIST_PUBLISHED, EXAMS), RESULTS_APPROVED),
    PUBLISH_RESULTS(Set.of(RESULTS_APPROVED), RESULTS_PUBLISHED),
    CLOSE(Set.of(RESULTS_PUBLISHED), CLOSED);

    private final Set<CampaignStatus> from;
    private final CampaignStatus to;

    LifecycleStep(Set<CampaignStatus> from, CampaignStatus to) {
        this.from = from;
        this.to = to;
    }

    public Set<CampaignStatus> from() {
        return from;
    }

    public CampaignStatus to() {
        return to;
    }

    /** Whether the office takes this step itself (the others follow from other modules' use cases). */
    public boolean manual() {
        return this == ANNOUNCE || this == OPEN_REGISTRATION || this == CLOSE_REGISTRATION || this == CLOSE;
    }
}
