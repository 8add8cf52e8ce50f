package vn.thituyen.delivery;

import vn.thituyen.campaign.RuleSet;

/** How many closed, not exempt, not cancelled parts a campaign has per part number and bank. */
public record PartCount(long campaignId, int partNo, RuleSet.Subject subject, long bankId, long parts) {
}
