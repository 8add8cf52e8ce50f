package vn.thituyen.campaign.domain;

import static vn.thituyen.campaign.CampaignStatus.ANNOUNCED;
import static vn.thituyen.campaign.CampaignStatus.DRAFT;
import static vn.thituyen.campaign.CampaignStatus.REGISTRATION_OPEN;

import java.time.Instant;
import vn.thituyen.campaign.CampaignStatus;
import vn.thituyen.campaign.LifecycleStep;

/**
 * The order of a recruitment campaign (ND 138/2020/NĐ-CP Art. 13–15; ND 115/2020/NĐ-CP Art. 15–17; ND 170/2025/NĐ-CP
 * Chapter II): announce → receive applications for the announced period → review and publish the list of eligible
 * candidates → hold the rounds → approve and publish the results. Steps go forward only; what a step needs beyond
 * the order (positions, the window) is checked here too, so the service and the screen ask the same rule.
 */
public final class CampaignLifecycle {

    private CampaignLifecycle() {
    }

    /** Why a step cannot be taken now; {@code null} = it can. The value is the message key. */
    public static String refusal(LifecycleStep step, CampaignStatus status, Instant now, Instant opensAt, Instant closesAt,
            int positionsWithoutPlan, int positions) {
        if (!step.from().contains(status)) {
            return "error.campaign.step.order";
        }
        return switch (step) {
            // an announcement names the positions and how each is examined
            case ANNOUNCE -> positions == 0 ? "error.campaign.step.noPositions"
                    : positionsWithoutPlan > 0 ? "error.campaign.step.noPlan" : null;
            // applications are received only in the announced period (ND 138/2020 Art. 13(2): 30 days)
            case OPEN_REGISTRATION -> now.isBefore(opensAt) ? "error.campaign.step.notYetOpen"
                    : !now.isBefore(closesAt) ? "error.campaign.step.windowOver" : null;
            default -> null;
        };
    }

    /** The status after the step; refuses a step out of order. */
    public static CampaignStatus after(LifecycleStep step, CampaignStatus status) {
        if (!step.from().contains(status)) {
            throw new IllegalStateException(step + " from " + status);
        }
        return step.to();
    }

    /** Closing before the announced end asks for a reason (a published decision to shorten it). */
    public static boolean reasonRequired(LifecycleStep step, Instant now, Instant closesAt) {
        return step == LifecycleStep.CLOSE_REGISTRATION && now.isBefore(closesAt);
    }

    /**
     * The campaign's details and positions may change while it is a draft, and once announced only until the
     * registration window opens: after that candidates have applied against what was announced.
     */
    public static boolean editable(CampaignStatus status, Instant now, Instant opensAt) {
        return status == DRAFT || status == ANNOUNCED && now.isBefore(opensAt);
    }

    /** Applications are received while registration is open and within the announced window. */
    public static boolean acceptsApplications(CampaignStatus status, Instant now, Instant opensAt, Instant closesAt) {
        return status == REGISTRATION_OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
