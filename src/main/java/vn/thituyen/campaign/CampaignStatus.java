package vn.thituyen.campaign;

/**
 * Where a campaign is in its life, in order: draft → announced → registration open → registration closed → eligible
 * list published → exams → results approved → results published → closed. Each step is taken once, forward only,
 * and published as {@link CampaignEvents.StepTaken}.
 */
public enum CampaignStatus {
    DRAFT, ANNOUNCED, REGISTRATION_OPEN, REGISTRATION_CLOSED, ELIGIBLE_LIST_PUBLISHED, EXAMS, RESULTS_APPROVED,
    RESULTS_PUBLISHED, CLOSED;

    /** Whether this status is {@code other} or later. */
    public boolean atLeast(CampaignStatus other) {
        return compareTo(other) >= 0;
    }
}
