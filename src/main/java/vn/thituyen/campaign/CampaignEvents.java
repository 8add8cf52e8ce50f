package vn.thituyen.campaign;

/** Changes to a campaign's rules, seen by the audit log. */
public final class CampaignEvents {

    private CampaignEvents() {
    }

    /** An option of the campaign's rule set turned on or off ({@link CampaignRules#setOption}). */
    public record RuleOptionSet(long campaignId, String option, boolean enabled, String reason, String actor) {
    }
}
