package vn.thituyen.grading;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The steps of part 2 of a leadership exam (the đề án), seen by the audit log. A ballot's points are secret until
 * every member's ballot on the candidate is in: the event of a ballot names who and on which candidate, never the
 * points (they are the mark sheet's).
 */
public final class ProposalEvents {

    private ProposalEvents() {
    }

    public record ProposalCriteriaSaved(long campaignId, int version, String criteria, String actor) {
    }

    public record ProposalDeadlineSet(long campaignId, long positionId, LocalDateTime dueAt, String actor) {
    }

    public record ProposalUploaded(long applicationId, String fileName, String format, long sizeBytes, String sha256,
            String actor) {
    }

    /** The presentations' lot: with the seed, the rooms and the start anyone may draw it again. */
    public record PresentationsDrawn(long campaignId, long positionId, long seed, String rooms, LocalDateTime start,
            int candidates, String actor) {
    }

    /** A member cast their secret ballot on a candidate: who and on whom, not the points. */
    public record ProposalBallotCast(long applicationId, String member, String actor) {
    }

    /** The council chair decided a đề án score the spread rule did not settle ({@code as}: HEAD or CHAIR). */
    public record ProposalScoreDecided(long applicationId, BigDecimal score, String as, String reason, String actor) {
    }

    public record ProposalBallotsClosed(long campaignId, long positionId, String actor) {
    }

    /** A member cast their confidence ballot on a candidate: who and on whom, not the vote. */
    public record ConfidenceBallotCast(long applicationId, String member, String actor) {
    }
}
