package vn.thituyen.campaign;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import vn.thituyen.campaign.domain.ExamPlanRule;

/** What the campaign workspace reads from a rule set: the registration period and what round 2 may be. */
final class RuleSetTerms {

    private RuleSetTerms() {
    }

    static int registrationDays(RuleSet ruleSet) {
        return ruleSet.parameters().registrationWindowDays();
    }

    /** A rule set is named for what it recruits: CIVIL_SERVANT_… for civil servants, PUBLIC_EMPLOYEE_… else. */
    static boolean appliesTo(RuleSet ruleSet, CampaignKind kind) {
        return ruleSet.name().startsWith(kind.name() + "_");
    }

    /**
     * The default pass mark of a part: the set's per-part minimum (2025: 50 % of the part's maximum); none where the
     * set has no per-part minimum (the round-2 pass mark then applies to the combined score only).
     */
    static BigDecimal partPassMark(RuleSet ruleSet, BigDecimal max) {
        BigDecimal fraction = ruleSet.parameters().round2().partMinimumFraction();
        return fraction.signum() == 0 ? null : max.multiply(fraction).stripTrailingZeros();
    }

    /**
     * The kinds a round-2 part may have under the set, and the weights it fixes when kinds are combined: the set's
     * weights are fixed unless the set marks them (?) unconfirmed, in which case they are only a default.
     */
    static ExamPlanRule.Limits limits(RuleSet ruleSet, CampaignKind kind) {
        RuleSet.Parameters p = ruleSet.parameters();
        EnumSet<PartKind> kinds = EnumSet.noneOf(PartKind.class);
        Arrays.stream(PartKind.values()).filter(k -> k.round2Form() != null && p.round2().kinds()
                .contains(k.round2Form())).forEach(kinds::add);
        Map<PartKind, Integer> fixed = new EnumMap<>(PartKind.class);
        if (!p.isUnconfirmed(RuleSet.Param.ROUND2_WEIGHTS)) {
            p.round2().defaultWeights().forEach((form, weight) -> fixed.put(switch (form) {
                case WRITTEN -> PartKind.WRITTEN_PAPER;
                case INTERVIEW -> PartKind.INTERVIEW;
                case PRACTICAL -> PartKind.PRACTICAL;
                case PROPOSAL -> PartKind.PROPOSAL;
            }, weight));
        }
        return new ExamPlanRule.Limits(kinds, fixed);
    }
}
