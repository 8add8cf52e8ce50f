package vn.thituyen.grading;

import java.math.BigDecimal;

/** Score changes, seen by the audit log. */
public final class GradingEvents {

    private GradingEvents() {
    }

    public record InterviewScoreEntered(long applicationId, BigDecimal score, String actor) {
    }

    public record InterviewScoreDecided(long applicationId, BigDecimal score, String reason, String actor) {
    }

    /** The council chair decided a score whose spread reached the chair's band. */
    public record InterviewScoreDecidedByChair(long applicationId, BigDecimal score, String reason, String actor) {
    }
}
