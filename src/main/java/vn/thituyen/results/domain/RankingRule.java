package vn.thituyen.results.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.RuleSet.TieBreak;

/**
 * Who wins a position (người trúng tuyển), ND 138/2020/NĐ-CP Art. 10, ND 115/2020/NĐ-CP Art. 10,
 * ND 170/2025/NĐ-CP:
 * <ol>
 *   <li>round 1 passed and a round-2 score of at least the rule set's pass mark (50), every round-2 part reaching
 *       its minimum where the set has one;</li>
 *   <li>ranked by round-2 score + priority points, highest first, up to the position's quota;</li>
 *   <li>equal totals go through the rule set's tie chain ({@link RuleSet.Parameters#tieChain()}): the higher raw
 *       round-2 score; in the 2025 set the higher written score; with ND 116/2024 exempt-from-round-1 by entrance
 *       testing, the higher entrance-test result, more correct general-knowledge answers. A step separates
 *       candidates only when every one of the group it looks at has that data; otherwise it is skipped. The last
 *       step is always the head of the recruiting authority: the rule never breaks that tie itself, it marks the
 *       group {@link Outcome#TIE_PENDING} until a recorded decision names the winners.</li>
 * </ol>
 * Candidates still equal after the chain share a rank ("1, 2, 2, 4").
 */
public final class RankingRule {

    private RankingRule() {
    }

    public enum Outcome {
        WINNER, NOT_SELECTED, TIE_PENDING, FAILED_ROUND1, ABSENT_ROUND2, FAILED_ROUND2,
        /** A leadership exam: part 1 (written) below its gate, out whatever part 2 could give. */
        PART1_BELOW_GATE,
        /** A leadership exam: a final score below the winning mark (50). */
        BELOW_WINNING_MARK,
        /**
         * A winner whose result was cancelled (ND 138/2020/NĐ-CP Art. 17(3)): the dossier not completed in time, or
         * false documents; shown with the reason in the version of the results that recognises the next ranked.
         */
        CANCELLED,
        /**
         * A joint position: passed, but every agency the candidate listed was full when their turn came; not a winner
         * ({@link JointPlacementRule}).
         */
        NOT_PLACED,
        /** A joint position: below a contested tie the chair has not decided yet; placed once it is decided. */
        AWAITING_TIE
    }

    /**
     * One candidate of one position. {@code round2Score} null = did not attend round 2. The tie-break data are
     * optional (null = not known): a tie-break step uses them only when every candidate of the tied group has them.
     *
     * @param round2PartsPassed      every round-2 part reached the set's minimum fraction of its maximum
     * @param writtenScore           the written part's score (ND 170/2025 tie-break)
     * @param exemptByEntranceTesting exempt from round 1 by entrance testing (ND 116/2024)
     * @param entranceTestResult     the entrance-test result (ND 116/2024)
     * @param generalKnowledgeCorrect correct answers in round 1's general-knowledge part (ND 116/2024)
     */
    public record Contender(long applicationId, boolean round1Passed, BigDecimal round2Score,
            BigDecimal priorityPoints, boolean round2PartsPassed, BigDecimal writtenScore,
            Boolean exemptByEntranceTesting, BigDecimal entranceTestResult, Integer generalKnowledgeCorrect) {

        /** A contender without tie-break data whose round-2 parts all reached their minimum. */
        public Contender(long applicationId, boolean round1Passed, BigDecimal round2Score, BigDecimal priorityPoints) {
            this(applicationId, round1Passed, round2Score, priorityPoints, true, null, null, null, null);
        }
    }

    public record Ranked(long applicationId, BigDecimal total, Integer rank, Outcome outcome) {
    }

    /**
     * @param tieWinners applications the head decided to admit at a tied last place (ignored unless they
     *                   fill exactly the seats left for the tied group)
     * @param rules      the campaign's rules: the round-2 pass mark and the tie chain
     */
    public static List<Ranked> rank(List<Contender> contenders, int quota, Set<Long> tieWinners,
            RuleSet.Parameters rules) {
        BigDecimal passMark = rules.round2().passMark();
        List<Ranked> out = new ArrayList<>();
        List<Contender> eligible = new ArrayList<>();
        for (Contender c : contenders) {
            if (!c.round1Passed()) {
                out.add(new Ranked(c.applicationId(), null, null, Outcome.FAILED_ROUND1));
            } else if (c.round2Score() == null) {
                out.add(new Ranked(c.applicationId(), null, null, Outcome.ABSENT_ROUND2));
            } else if (c.round2Score().compareTo(passMark) < 0 || !c.round2PartsPassed()) {
                out.add(new Ranked(c.applicationId(), total(c), null, Outcome.FAILED_ROUND2));
            } else {
                eligible.add(c);
            }
        }
        eligible.sort(Comparator.comparing(RankingRule::total).reversed()
                .thenComparing(Contender::applicationId));
        List<List<Contender>> groups = split(eligible, RankingRule::total);
        for (TieBreak step : rules.tieChain()) {
            if (step == TieBreak.HEAD_DECIDES) {
                break;   // the chain ends here: what is still tied stays tied until the head decides
            }
            List<List<Contender>> refined = new ArrayList<>();
            for (List<Contender> group : groups) {
                refined.addAll(breakTie(group, step));
            }
            groups = refined;
        }
        List<Ranked> ranked = new ArrayList<>();
        int seatsLeft = quota;
        int position = 1;
        for (List<Contender> group : groups) {
            // competition ranking: a group still tied after the chain shares one rank
            int rank = position;
            position += group.size();
            if (seatsLeft <= 0) {
                group.forEach(c -> ranked.add(new Ranked(c.applicationId(), total(c), rank, Outcome.NOT_SELECTED)));
            } else if (group.size() <= seatsLeft) {
                group.forEach(c -> ranked.add(new Ranked(c.applicationId(), total(c), rank, Outcome.WINNER)));
                seatsLeft -= group.size();
            } else {
                long decided = group.stream().filter(c -> tieWinners.contains(c.applicationId())).count();
                boolean resolved = decided == seatsLeft;
                for (Contender c : group) {
                    Outcome o = !resolved ? Outcome.TIE_PENDING
                            : tieWinners.contains(c.applicationId()) ? Outcome.WINNER : Outcome.NOT_SELECTED;
                    ranked.add(new Ranked(c.applicationId(), total(c), rank, o));
                }
                seatsLeft = 0;
            }
        }
        ranked.addAll(out);
        return ranked;
    }

    /**
     * One tie-break step on one group of equal candidates: the group in sub-groups, best first, or the group
     * unchanged when it is alone or someone in it lacks the step's data.
     */
    @SuppressWarnings("unchecked")
    static List<List<Contender>> breakTie(List<Contender> group, TieBreak step) {
        if (group.size() < 2) {
            return List.of(group);
        }
        Function<Contender, Comparable<?>> key = switch (step) {
            case ROUND2_SCORE -> Contender::round2Score;
            case WRITTEN_SCORE -> Contender::writtenScore;
            case EXEMPT_BY_ENTRANCE_TESTING -> Contender::exemptByEntranceTesting;   // true (exempt) first
            case ENTRANCE_TEST_RESULT -> Contender::entranceTestResult;
            case GENERAL_KNOWLEDGE_CORRECT -> Contender::generalKnowledgeCorrect;
            case HEAD_DECIDES -> c -> null;
        };
        if (group.stream().anyMatch(c -> key.apply(c) == null)) {
            return List.of(group);
        }
        List<Contender> sorted = new ArrayList<>(group);
        Comparator<Contender> best = (a, b) -> keyOf(key, b).compareTo(keyOf(key, a));
        sorted.sort(best.thenComparing(Contender::applicationId));
        return split(sorted, c -> keyOf(key, c));
    }

    @SuppressWarnings("rawtypes")
    private static Comparable keyOf(Function<Contender, Comparable<?>> key, Contender c) {
        return (Comparable) key.apply(c);
    }

    /** Consecutive runs of an ordered list whose keys compare equal (so 70 and 70.0 are one group). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<List<Contender>> split(List<Contender> ordered, Function<Contender, Comparable> key) {
        List<List<Contender>> groups = new ArrayList<>();
        List<Contender> current = null;
        Comparable previous = null;
        for (Contender c : ordered) {
            Comparable k = key.apply(c);
            if (current == null || previous.compareTo(k) != 0) {
                current = new ArrayList<>();
                groups.add(current);
                previous = k;
            }
            current.add(c);
        }
        return groups;
    }

    public static BigDecimal total(Contender c) {
        return c.round2Score().add(c.priorityPoints());
    }
}
