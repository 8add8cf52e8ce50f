package vn.thituyen.registration.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether a leadership candidate meets the post's standards (Official Letter 2424/BNV-CCVC of 2017: candidates
 * must meet the standards and conditions of the post; the form-review board checks each against the evidence):
 * eligible only when every standard of the post is accepted; one refused standard makes the candidate not
 * eligible, with that standard as the reason; until each is decided, nothing is concluded.
 */
public final class StandardsRule {

    private StandardsRule() {
    }

    public enum Verdict { UNDECIDED, ELIGIBLE, NOT_ELIGIBLE }

    /** @param refused the standards refused, in the post's order */
    public record Conclusion(Verdict verdict, List<Long> refused) {
    }

    /**
     * @param standards the post's standards, in order
     * @param decisions the latest decision per standard (true = accepted); standards missing here are undecided,
     *                  and decisions on standards the post no longer has are ignored
     */
    public static Conclusion conclude(Collection<Long> standards, Map<Long, Boolean> decisions) {
        List<Long> refused = standards.stream().filter(s -> Boolean.FALSE.equals(decisions.get(s))).toList();
        if (standards.isEmpty() || standards.stream().anyMatch(s -> !decisions.containsKey(s))) {
            return new Conclusion(Verdict.UNDECIDED, refused);
        }
        return new Conclusion(refused.isEmpty() ? Verdict.ELIGIBLE : Verdict.NOT_ELIGIBLE, refused);
    }
}
