package vn.thituyen.campaign.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thituyen.campaign.PartKind;

/**
 * What a position's round 2 (vòng 2, thi môn nghiệp vụ chuyên ngành) may look like under a campaign's rules:
 * ND 138/2020/NĐ-CP Art. 8(2) and ND 170/2025/NĐ-CP on round 2 (civil servants: interview, written, or both);
 * ND 115/2020/NĐ-CP Art. 9(2) (public employees: practical, interview or written). Scored on 100 points.
 */
public final class ExamPlanRule {

    private ExamPlanRule() {
    }

    /** One part of round 2 as planned. */
    public record Part(PartKind kind, int minutes, BigDecimal maxScore, int weightPercent, BigDecimal passMark) {
    }

    /**
     * What the rule set allows.
     *
     * @param kinds         the kinds a part may have
     * @param fixedWeights  weights the rule set prescribes when several parts are combined (2025: written 70,
     *                      interview 30); empty = the campaign chooses
     */
    public record Limits(Set<PartKind> kinds, Map<PartKind, Integer> fixedWeights) {
    }

    /** One problem of a plan: the part (1-based, 0 = the plan as a whole) and the message key. */
    public record Problem(int part, String key) {
    }

    /** Every problem of the plan; empty = the plan is valid. */
    public static List<Problem> check(List<Part> parts, Limits limits) {
        List<Problem> problems = new ArrayList<>();
        if (parts.isEmpty()) {
            problems.add(new Problem(0, "error.plan.empty"));
            return problems;
        }
        Set<PartKind> seen = new HashSet<>();
        int weights = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            int n = i + 1;
            if (p.kind() == null || p.kind() == PartKind.COMPUTER_MCQ || !limits.kinds().contains(p.kind())) {
                problems.add(new Problem(n, "error.plan.kind"));
            } else if (!seen.add(p.kind())) {
                problems.add(new Problem(n, "error.plan.duplicateKind"));
            }
            if (p.minutes() < 1 || p.minutes() > 600) {
                problems.add(new Problem(n, "error.plan.minutes"));
            }
            if (p.maxScore() == null || p.maxScore().signum() <= 0 || p.maxScore().compareTo(new BigDecimal("1000")) > 0) {
                problems.add(new Problem(n, "error.plan.maxScore"));
            } else if (p.passMark() != null && (p.passMark().signum() < 0 || p.passMark().compareTo(p.maxScore()) > 0)) {
                problems.add(new Problem(n, "error.plan.passMark"));
            }
            if (p.weightPercent() < 1 || p.weightPercent() > 100) {
                problems.add(new Problem(n, "error.plan.weight"));
            }
            weights += p.weightPercent();
            Integer fixed = limits.fixedWeights().get(p.kind() != null && p.kind().written() ? PartKind.WRITTEN_PAPER
                    : p.kind());
            if (parts.size() > 1 && fixed != null && fixed != p.weightPercent()) {
                problems.add(new Problem(n, "error.plan.fixedWeight"));
            }
        }
        if (weights != 100) {
            problems.add(new Problem(0, "error.plan.weights"));
        }
        // a leadership exam (Official Letter 2424/BNV-CCVC): part 1 written, part 2 the đề án, nothing else
        if (limits.kinds().contains(PartKind.PROPOSAL) && (parts.size() != 2 || parts.get(0).kind() == null
                || !parts.get(0).kind().written() || parts.get(1).kind() != PartKind.PROPOSAL)) {
            problems.add(new Problem(0, "error.plan.leadership"));
        }
        return problems;
    }

    public static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * The default: an interview of 30 minutes (with up to 15 minutes to prepare) on 100 points (TT 6/2020/TT-BNV
     * Art. 18; TT 22/2025/TT-BNV), with the rule set's per-part pass mark (none where the set has none).
     */
    public static List<Part> defaultPlan(BigDecimal partPassMark) {
        return List.of(new Part(PartKind.INTERVIEW, 30, HUNDRED, 100, partPassMark));
    }

    /**
     * A leadership post's plan (Official Letter 2424/BNV-CCVC of 2017): part 1 written on paper on 100 points with
     * its gate as the pass mark, part 2 the đề án on 100. The weights only matter when the campaign combines the
     * parts by weights; the campaign's leadership settings decide that.
     */
    public static List<Part> leadershipPlan(int writtenMinutes, BigDecimal gate, int presentationMinutes,
            int part1Weight) {
        int w1 = part1Weight < 1 || part1Weight > 99 ? 50 : part1Weight;
        return List.of(new Part(PartKind.WRITTEN_PAPER, writtenMinutes, HUNDRED, w1, gate),
                new Part(PartKind.PROPOSAL, presentationMinutes, HUNDRED, 100 - w1, null));
    }
}
