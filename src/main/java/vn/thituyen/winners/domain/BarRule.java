package vn.thituyen.winners.domain;

import java.time.LocalDate;

/**
 * Which campaigns a bar for false documents covers (ND 138/2020/NĐ-CP Art. 17(3) and docs/domain.md "false documents
 * bar the person from the next campaign"; the decree does not say how far "next" reaches (?)). Chosen here: the first
 * {@code barCampaigns} recruitment campaigns (công chức or viên chức, any recruiting authority of the province) whose
 * registration opens after the day of the cancellation — the rule set's {@code RuleSet.WinnerDossier#barCampaigns},
 * 1 by default (?). A campaign that opened on or before that day (already under way) is not covered, nor the campaign
 * of the cancellation itself. Pure.
 */
public final class BarRule {

    private BarRule() {
    }

    /**
     * @param barredOn           the day of the cancellation
     * @param barCampaigns       how many campaigns the bar covers
     * @param opensOn            the day the campaign applied to opens registration
     * @param openedBetween      how many other recruitment campaigns opened registration after {@code barredOn} and
     *                           before this one
     */
    public static boolean applies(LocalDate barredOn, int barCampaigns, LocalDate opensOn, int openedBetween) {
        return opensOn != null && opensOn.isAfter(barredOn) && openedBetween < barCampaigns;
    }
}
