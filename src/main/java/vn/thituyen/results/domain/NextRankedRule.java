package vn.thituyen.results.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who takes a cancelled winner's place (ND 138/2020/NĐ-CP Art. 17(4); ND 170/2025 and ND 115/2020 Art. 15 alike): the
 * authority may recognise "người có kết quả tuyển dụng thấp hơn liền kề" — the next ranked candidate of the same
 * position, one who passed (round 2 at or above the pass mark, so ranked {@link RankingRule.Outcome#NOT_SELECTED})
 * and whose own result is not cancelled. As many places as winners were cancelled are filled, best rank first;
 * candidates sharing the rank at the last place filled are a tie the head decides (flagged, never broken here).
 * Pure: the results service ranks the version itself, this rule tells the staff beforehand who it will be.
 */
public final class NextRankedRule {

    private NextRankedRule() {
    }

    /** One line of a position's published results. */
    public record Line(long applicationId, Integer rank, RankingRule.Outcome outcome) {
    }

    /**
     * @param recognised who takes a place outright
     * @param tied       who share the last place to fill (the head decides among them); empty when none
     */
    public record Next(List<Long> recognised, List<Long> tied) {

        public boolean none() {
            return recognised.isEmpty() && tied.isEmpty();
        }
    }

    /**
     * @param lines     the position's lines in the published version
     * @param cancelled the applications whose result is cancelled
     * @param places    how many places the cancellations freed
     */
    public static Next next(List<Line> lines, Set<Long> cancelled, int places) {
        List<Line> waiting = lines.stream()
                .filter(l -> l.outcome() == RankingRule.Outcome.NOT_SELECTED && l.rank() != null
                        && !cancelled.contains(l.applicationId()))
                .sorted(Comparator.comparing(Line::rank).thenComparing(Line::applicationId)).toList();
        List<Long> recognised = new ArrayList<>();
        List<Long> tied = new ArrayList<>();
        int i = 0;
        while (i < waiting.size() && recognised.size() < places) {
            int rank = waiting.get(i).rank();
            List<Long> group = waiting.stream().filter(l -> l.rank() == rank).map(Line::applicationId).toList();
            if (recognised.size() + group.size() <= places) {
                recognised.addAll(group);
            } else {
                tied.addAll(group);
                break;
            }
            i += group.size();
        }
        return new Next(List.copyOf(recognised), List.copyOf(tied));
    }
}
