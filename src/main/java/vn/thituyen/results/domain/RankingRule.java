package vn.thituyen.results.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who wins a position (người trúng tuyển), ND 138/2020/NĐ-CP Art. 10:
 * <ol>
 *   <li>round 1 passed and round-2 score ≥ 50;</li>
 *   <li>ranked by round-2 score + priority points, highest first, up to the position's quota;</li>
 *   <li>a tie at the last place goes to the higher raw round-2 score; if still tied, the head of the recruiting
 *       authority decides. The rule never breaks that tie itself: it marks the group {@link Outcome#TIE_PENDING}
 *       until a recorded decision names the winners.</li>
 * </ol>
 */
public final class RankingRule {

    public static final BigDecimal ROUND2_PASS = new BigDecimal("50");

    private RankingRule() {
    }

    public enum Outcome { WINNER, NOT_SELECTED, TIE_PENDING, FAILED_ROUND1, ABSENT_ROUND2, FAILED_ROUND2 }

    /** One candidate of one position. {@code round2Score} null = did not attend round 2. */
    public record Contender(long applicationId, boolean round1Passed, BigDecimal round2Score,
            BigDecimal priorityPoints) {
    }

    public record Ranked(long applicationId, BigDecimal total, Integer rank, Outcome outcome) {
    }

    /**
     * @param tieWinners applications the head decided to admit at a tied last place (ignored unless they
     *                   fill exactly the seats left for the tied group)
     */
    public static List<Ranked> rank(List<Contender> contenders, int quota, Set<Long> tieWinners) {
        List<Ranked> out = new ArrayList<>();
        List<Contender> eligible = new ArrayList<>();
        for (Contender c : contenders) {
            if (!c.round1Passed()) {
                out.add(new Ranked(c.applicationId(), null, null, Outcome.FAILED_ROUND1));
            } else if (c.round2Score() == null) {
                out.add(new Ranked(c.applicationId(), null, null, Outcome.ABSENT_ROUND2));
            } else if (c.round2Score().compareTo(ROUND2_PASS) < 0) {
                out.add(new Ranked(c.applicationId(), total(c), null, Outcome.FAILED_ROUND2));
            } else {
                eligible.add(c);
            }
        }
        // total first, then the raw round-2 score (the first tie-break); equal on both = a real tie
        Comparator<Contender> order = Comparator.comparing(RankingRule::total).thenComparing(Contender::round2Score)
                .reversed();
        eligible.sort(order.thenComparing(Contender::applicationId));
        Map<String, List<Contender>> groups = new LinkedHashMap<>();
        for (Contender c : eligible) {
            groups.computeIfAbsent(total(c).stripTrailingZeros().toPlainString() + "|"
                    + c.round2Score().stripTrailingZeros().toPlainString(), k -> new ArrayList<>()).add(c);
        }
        List<Ranked> ranked = new ArrayList<>();
        int seatsLeft = quota;
        int rank = 1;
        for (List<Contender> group : groups.values()) {
            if (seatsLeft <= 0) {
                group.forEach(c -> ranked.add(new Ranked(c.applicationId(), total(c), null, Outcome.NOT_SELECTED)));
            } else if (group.size() <= seatsLeft) {
                for (Contender c : group) {
                    ranked.add(new Ranked(c.applicationId(), total(c), null, Outcome.WINNER));
                }
                seatsLeft -= group.size();
            } else {
                long decided = group.stream().filter(c -> tieWinners.contains(c.applicationId())).count();
                boolean resolved = decided == seatsLeft;
                for (Contender c : group) {
                    Outcome o = !resolved ? Outcome.TIE_PENDING
                            : tieWinners.contains(c.applicationId()) ? Outcome.WINNER : Outcome.NOT_SELECTED;
                    ranked.add(new Ranked(c.applicationId(), total(c), null, o));
                }
                seatsLeft = 0;
            }
        }
        // competition ranking: equal total and raw score share a rank ("1, 2, 2, 4")
        List<Ranked> withRanks = new ArrayList<>();
        int position = 0;
        String previousKey = null;
        Map<Long, Contender> byId = new LinkedHashMap<>();
        eligible.forEach(c -> byId.put(c.applicationId(), c));
        for (Ranked r : ranked) {
            position++;
            Contender c = byId.get(r.applicationId());
            String key = total(c).stripTrailingZeros().toPlainString() + "|" + c.round2Score().stripTrailingZeros()
                    .toPlainString();
            if (!key.equals(previousKey)) {
                rank = position;
                previousKey = key;
            }
            withRanks.add(new Ranked(r.applicationId(), r.total(), rank, r.outcome()));
        }
        withRanks.addAll(out);
        return withRanks;
    }

    private static BigDecimal total(Contender c) {
        return c.round2Score().add(c.priorityPoints());
    }
}
