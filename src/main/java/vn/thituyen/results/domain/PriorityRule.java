package vn.thituyen.results.domain;

import java.math.BigDecimal;
import java.util.Collection;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.campaign.RuleSet;

/** Priority points (điểm ưu tiên) added to the round-2 score. */
public final class PriorityRule {

    private PriorityRule() {
    }

    /**
     * ND 138/2020/NĐ-CP Art. 5(2) (ND 115/2020 Art. 6(2), ND 170/2025 alike): a candidate in several priority
     * categories receives only the highest points, never the sum. Pass the CONFIRMED categories only; a category
     * the rule set does not recognise (e.g. the trade-union officers where the set or the campaign does not grant
     * them) counts 0.
     */
    public static BigDecimal applicablePoints(Collection<PriorityCategory> confirmed, RuleSet.Parameters rules) {
        return confirmed.stream().map(rules::priorityPoints).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
