package vn.thituyen.campaign;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import vn.thituyen.campaign.domain.ExamPlanRule;

/** What the campaign workspace reads from a rule set: the registration period and what round 2 may be. */
final class RuleSetTerms {

    private RuleSetTerms() {
    }

    static int registrationDays(RuleSet ruleSet) {
        return 30;
    }

    static boolean appliesTo(RuleSet ruleSet, CampaignKind kind) {
        return ruleSet.name().startsWith(kind.name());
    }

    static BigDecimal round2PassMark(RuleSet ruleSet) {
        return new BigDecimal("50");
    }

    static ExamPlanRule.Limits limits(RuleSet ruleSet, CampaignKind kind) {
        EnumSet<PartKind> kinds = EnumSet.of(PartKind.INTERVIEW, PartKind.WRITTEN_PAPER, PartKind.WRITTEN_COMPUTER);
        if (kind == CampaignKind.PUBLIC_EMPLOYEE) {
            kinds.add(PartKind.PRACTICAL);
        }
        return new ExamPlanRule.Limits(kinds, Map.of());
    }
}
