package vn.thituyen.registration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The candidate's own result, shown on their page once the results are published (never before). Provided by the
 * module that computes results; this module only shows it, so it depends on nothing it does not own.
 */
public interface OwnResults {

    /** The signed-in candidate's result for their application, when the campaign's results are published. */
    Optional<OwnResult> ownResult(long applicationId);

    /**
     * Round 1 part by part, then round 2, priority, total, rank and outcome, as on the official list; {@code agency}
     * the agency a joint position's winner is placed in (null otherwise).
     */
    record OwnResult(List<Round1Part> round1, boolean round1Passed, BigDecimal round2Score, BigDecimal priorityPoints,
            BigDecimal total, Integer rank, String outcome, Leadership leadership, List<Round2Mark> round2Parts,
            Appeal appeal, String agency) {
    }

    /** One round-2 part's mark as the published version ranked it; {@code kind} a {@code campaign.PartKind} name. */
    record Round2Mark(int partNo, String kind, BigDecimal mark, BigDecimal maxScore, int weightPercent) {
    }

    /**
     * Appeals (phúc khảo) of the candidate's written papers: the window's last day and whether one may still be filed
     * now, whether one was filed; null when the position has no written paper (interviews and computer multiple choice
     * are never appealed).
     */
    record Appeal(java.time.LocalDate lastDay, boolean open, boolean filed) {
    }

    /**
     * A leadership exam's parts, in place of rounds: part 1 (the written exam, the gate), part 2 (the đề án; null when
     * out at part 1) and the final score by the campaign's combination (null when out).
     */
    record Leadership(BigDecimal part1, BigDecimal part2, BigDecimal finalScore) {
    }

    /** One part of round 1; {@code correct} null when not sat. */
    record Round1Part(int partNo, String subject, boolean exempt, Integer correct, int questions, Boolean passed) {
    }
}
