package vn.thituyen.results.domain;

import java.math.BigDecimal;
import java.util.Collection;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.campaign.RuleSet;

/** Priority points added to the round-2 score. */
public final class PriorityRule {

    private PriorityRule() {
    }

    /**
     * ND 138/2020/NĐ-CP Art. 5(2): a candidate in several priority categories receives only the highest
     * points, never the sum.
     */
    public static BigDecimal applicablePoints(Collection<PriorityCategory> confirmed, RuleSet ruleSet) {
        return confirmed.stream().map(ruleSet::priorityPoints).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
