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
            BigDecimal total, Integer rank, String outcome, Leadership leadership, String agency) {
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
