package vn.thituyen.results.domain;

import java.util.Collection;
import java.util.Set;

/**
 * The head's decision at a tied last place (ND 138/2020/NĐ-CP Art. 10(2); ND 170/2025/NĐ-CP likewise): the places
 * left after the clear winners go to candidates chosen among the tied ones, exactly as many as there are places.
 * Pure: the service reads the entries and records the decision.
 */
public final class TieDecisionRule {

    private TieDecisionRule() {
    }

    /** The places the decision fills: the position's quota less the candidates already winning it (never below 0). */
    public static int placesLeft(int quota, long winners) {
        if (quota < 0 || winners < 0) {
            throw new IllegalArgumentException("quota and winners are not negative");
        }
        return (int) Math.max(0, quota - winners);
    }

    /**
     * Whether the choice is one the head may make: there is a tie, every chosen candidate is among the tied ones,
     * and exactly {@code places} different candidates are chosen.
     */
    public static boolean validChoice(Set<Long> tied, Collection<Long> chosen, int places) {
        Set<Long> distinct = Set.copyOf(chosen);
        return !tied.isEmpty() && tied.containsAll(distinct) && distinct.size() == places;
    }
}
