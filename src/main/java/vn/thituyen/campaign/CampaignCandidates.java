package vn.thituyen.campaign;

import java.util.Map;

/**
 * The candidates of a campaign as the council's conflict check needs them (implemented by the registration module,
 * which owns applications): citizen id → full name of every application not withdrawn.
 */
public interface CampaignCandidates {

    Map<String, String> byCitizenId(long campaignId);
}
