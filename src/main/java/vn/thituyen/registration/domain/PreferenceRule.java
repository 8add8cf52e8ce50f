package vn.thituyen.registration.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A candidate's order of preference (nguyện vọng) for a joint position (vị trí việc làm tuyển dụng chung,
 * ND 170/2025/NĐ-CP): only the position's own agencies, each once, at least the rule set's minimum
 * ({@code RuleSet.JointPositions.minimumPreferences}, 1 (?)); listing every agency is allowed, not required — an agency
 * left out is one the candidate does not accept.
 */
public final class PreferenceRule {

    private PreferenceRule() {
    }

    /**
     * @param order    the agencies in the candidate's order (null = none given)
     * @param agencies the position's agencies
     * @param minimum  the least number to list
     * @return the message key of the problem, or null when the order is acceptable
     */
    public static String check(List<Long> order, Set<Long> agencies, int minimum) {
        List<Long> given = order == null ? List.of() : order;
        if (given.stream().anyMatch(a -> a == null || !agencies.contains(a))) {
            return "validation.agencies.unknown";
        }
        if (new HashSet<>(given).size() != given.size()) {
            return "validation.agencies.duplicate";
        }
        if (given.size() < Math.min(minimum, agencies.size())) {
            return "validation.agencies.required";
        }
        return null;
    }
}
