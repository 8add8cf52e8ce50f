package vn.thituyen.results.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The result of a leadership exam for one post (thi tuyển lãnh đạo, quản lý cấp phòng; Official Letter
 * 2424/BNV-CCVC of 2017 and the province's own regulation; docs/domain.md § Leadership exams):
 * <ul>
 * <li>part 1, the written exam on 100, is a gate: below the gate (50) the candidate is out, whatever part 2 could
 * have given;</li>
 * <li>the final score follows the campaign's combination: {@link Combination#GATE_THEN_PART2} (the default: part 2,
 * the đề án, decides), {@link Combination#SUM} (the two parts' total, on 200) or {@link Combination#WEIGHTS}
 * (the weighted mean, on 100);</li>
 * <li><b>one winner per post</b>: the highest final score, provided it reaches the winning mark — 50 on a scale of
 * 100, i.e. half the final score's maximum; nobody there → no winner; a tie for the top → the council decides
 * (recorded), never broken silently.</li>
 * </ul>
 */
public final class LeadershipResultRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LeadershipResultRule() {
    }

    /** How the two parts make the final score (a setting of the campaign; the province's regulation decides). */
    public enum Combination { GATE_THEN_PART2, SUM, WEIGHTS }

    /**
     * The campaign's settings.
     * @param gate          part 1's pass mark (on 100)
     * @param part1Weight   part 1's weight in percent, for {@link Combination#WEIGHTS} (part 2 has the rest)
     * @param winningMark   the least final score a winner needs, on 100 (scaled to the final score's maximum)
     */
    public record Settings(Combination combination, BigDecimal gate, int part1Weight, BigDecimal winningMark) {
        public Settings {
            if (part1Weight < 0 || part1Weight > 100) {
                throw new IllegalArgumentException("part 1's weight is a percentage");
            }
        }

        /** The default named in docs/domain.md: part 1 is a gate at 50, part 2 decides, a winner has at least 50. */
        public static Settings defaults() {
            return new Settings(Combination.GATE_THEN_PART2, new BigDecimal("50"), 0, new BigDecimal("50"));
        }

        /** The final score's maximum: 200 for a sum, else 100. */
        public BigDecimal maximum() {
            return combination == Combination.SUM ? BigDecimal.valueOf(200) : HUNDRED;
        }

        /** The winning mark on the final score's scale. */
        public BigDecimal winningFinal() {
            return winningMark.multiply(maximum()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        }
    }

    /** A candidate of the post: part 1's mark, and part 2's score once the council's ballots are in (else null). */
    public record Candidate(long id, BigDecimal part1, BigDecimal part2) {
    }

    /** Where a candidate stands. */
    public enum Standing {
        /** Part 1 not marked yet. */
        AWAITING_PART1,
        /** Below part 1's gate: out. */
        OUT_AT_PART1,
        /** Through part 1; part 2 not scored yet. */
        AWAITING_PART2,
        /** Has a final score. */
        SCORED
    }

    public record Line(long id, Standing standing, BigDecimal finalScore) {
    }

    /** The post's result. */
    public enum Verdict {
        /** Somebody's final score is still missing. */
        INCOMPLETE,
        /** One candidate has the highest final score, at least the winning mark. */
        WINNER,
        /** Nobody reaches the winning mark (or everyone is out at part 1): the post has no winner. */
        NO_WINNER,
        /** Two or more share the highest final score, at least the winning mark: the council decides. */
        COUNCIL_DECIDES
    }

    /** @param winner the winner (WINNER), else null; @param tied the candidates the council chooses among */
    public record Result(Verdict verdict, Long winner, Set<Long> tied, List<Line> lines) {
    }

    /** One candidate's standing and final score (two decimals). */
    public static Line line(Candidate c, Settings s) {
        if (c.part1() == null) {
            return new Line(c.id(), Standing.AWAITING_PART1, null);
        }
        if (c.part1().compareTo(s.gate()) < 0) {
            return new Line(c.id(), Standing.OUT_AT_PART1, null);
        }
        if (c.part2() == null) {
            return new Line(c.id(), Standing.AWAITING_PART2, null);
        }
        BigDecimal score = switch (s.combination()) {
            case GATE_THEN_PART2 -> c.part2();
            case SUM -> c.part1().add(c.part2());
            case WEIGHTS -> c.part1().multiply(BigDecimal.valueOf(s.part1Weight()))
                    .add(c.part2().multiply(BigDecimal.valueOf(100L - s.part1Weight())))
                    .divide(HUNDRED, 10, RoundingMode.HALF_UP);
        };
        return new Line(c.id(), Standing.SCORED, score.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The post's result; {@code councilChoice} is the council's recorded choice among the tied (or null). A choice
     * that is not one of the tied candidates is refused.
     */
    public static Result decide(List<Candidate> candidates, Settings s, Long councilChoice) {
        List<Line> lines = new ArrayList<>();
        candidates.forEach(c -> lines.add(line(c, s)));
        lines.sort(Comparator.comparing(Line::finalScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Line::id));
        if (lines.stream().anyMatch(l -> l.standing() == Standing.AWAITING_PART1
                || l.standing() == Standing.AWAITING_PART2)) {
            return new Result(Verdict.INCOMPLETE, null, Set.of(), lines);
        }
        BigDecimal best = lines.stream().map(Line::finalScore).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (best == null || best.compareTo(s.winningFinal()) < 0) {
            return new Result(Verdict.NO_WINNER, null, Set.of(), lines);
        }
        Set<Long> top = new java.util.TreeSet<>();
        lines.stream().filter(l -> l.finalScore() != null && l.finalScore().compareTo(best) == 0)
                .forEach(l -> top.add(l.id()));
        if (top.size() == 1) {
            return new Result(Verdict.WINNER, top.iterator().next(), Set.of(), lines);
        }
        if (councilChoice == null) {
            return new Result(Verdict.COUNCIL_DECIDES, null, Set.copyOf(top), lines);
        }
        if (!top.contains(councilChoice)) {
            throw new IllegalArgumentException("the council chooses among the tied candidates only");
        }
        return new Result(Verdict.WINNER, councilChoice, Set.copyOf(top), lines);
    }

    /**
     * Each scored candidate's rank on the post's list, best first, equal final scores sharing a rank and the next
     * rank skipping as many (80, 80, 75 → 1, 1, 3); a candidate without a final score (out at part 1) has none.
     */
    public static java.util.Map<Long, Integer> ranks(List<Line> lines) {
        List<Line> scored = lines.stream().filter(l -> l.finalScore() != null)
                .sorted(Comparator.comparing(Line::finalScore, Comparator.reverseOrder()).thenComparing(Line::id))
                .toList();
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            boolean sameAsAbove = i > 0 && scored.get(i).finalScore().compareTo(scored.get(i - 1).finalScore()) == 0;
            out.put(scored.get(i).id(), sameAsAbove ? out.get(scored.get(i - 1).id()) : i + 1);
        }
        return out;
    }

    /**
     * A line's outcome on the published result list: part 1 below the gate, the winner, tied for the top while the
     * council has not chosen, below the winning mark, or not selected.
     */
    public static RankingRule.Outcome outcome(Result r, Line line, Settings s) {
        if (line.standing() == Standing.OUT_AT_PART1) {
            return RankingRule.Outcome.PART1_BELOW_GATE;
        }
        if (r.winner() != null && r.winner() == line.id()) {
            return RankingRule.Outcome.WINNER;
        }
        if (r.verdict() == Verdict.COUNCIL_DECIDES && r.tied().contains(line.id())) {
            return RankingRule.Outcome.TIE_PENDING;
        }
        return line.finalScore() != null && line.finalScore().compareTo(s.winningFinal()) < 0
                ? RankingRule.Outcome.BELOW_WINNING_MARK : RankingRule.Outcome.NOT_SELECTED;
    }
}
