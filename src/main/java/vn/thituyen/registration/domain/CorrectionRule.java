package vn.thituyen.registration.domain;

import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.ClaimStatus;
import vn.thituyen.registration.Correction;

/**
 * Which decisions the secretary may correct once the eligible list is published (ND 138/2020/NĐ-CP Art. 8: the
 * council publishes the list of eligible candidates; a wrong decision is put right by a new, reasoned version of that
 * list, never by editing the published one): a correction changes a decision into its opposite, and a claim that
 * was never made cannot be decided.
 */
public final class CorrectionRule {

    private CorrectionRule() {
    }

    /** Why the correction cannot be made, as a message key, or null. */
    public static String refusal(ApplicationStatus status, ClaimStatus priority, ClaimStatus exemption,
            Correction correction) {
        if (status == ApplicationStatus.WITHDRAWN) {
            return "error.review.withdrawn";
        }
        if (status == ApplicationStatus.SUBMITTED) {
            return "error.review.correction.undecided";
        }
        return switch (correction) {
            case ACCEPT -> status == ApplicationStatus.REJECTED ? null : "error.review.correction.same";
            case REJECT -> status == ApplicationStatus.ACCEPTED ? null : "error.review.correction.same";
            case CONFIRM_PRIORITY -> claim(priority, ClaimStatus.CONFIRMED);
            case REFUSE_PRIORITY -> claim(priority, ClaimStatus.REFUSED);
            case CONFIRM_EXEMPTION -> claim(exemption, ClaimStatus.CONFIRMED);
            case REFUSE_EXEMPTION -> claim(exemption, ClaimStatus.REFUSED);
        };
    }

    private static String claim(ClaimStatus now, ClaimStatus wanted) {
        if (now == null || now == ClaimStatus.NONE) {
            return "error.review.noClaim";
        }
        return now == wanted ? "error.review.correction.same" : null;
    }

    /** Whether the correction changes who sits, or what they sit: refused once their room's sitting is prepared. */
    public static boolean touchesTheSitting(Correction correction) {
        return correction != Correction.CONFIRM_PRIORITY && correction != Correction.REFUSE_PRIORITY;
    }
}
