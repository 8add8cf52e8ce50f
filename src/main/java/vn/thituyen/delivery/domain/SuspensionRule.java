package vn.thituyen.delivery.domain;

import java.util.Collection;
import vn.thituyen.delivery.Sanction;

/**
 * A suspension (đình chỉ thi) scores the running paper 0; from TT 22/2025/TT-BNV (civil servants from 1 July
 * 2025) the suspended candidate also may not sit the later papers. Under the earlier rules the candidate goes on
 * to the next paper.
 */
public final class SuspensionRule {

    private SuspensionRule() {
    }

    /**
     * @param suspensionBarsLaterPapers the rule set's parameter
     * @param sanctions                 the sanctions recorded against the candidate in this sitting so far
     */
    public static boolean mayStartLaterPart(boolean suspensionBarsLaterPapers, Collection<Sanction> sanctions) {
        return !(suspensionBarsLaterPapers && sanctions.contains(Sanction.SUSPENSION));
    }
}
