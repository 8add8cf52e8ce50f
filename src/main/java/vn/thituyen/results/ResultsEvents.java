package vn.thituyen.results;

import java.util.List;

/** Result lifecycle events, seen by the audit log. */
public final class ResultsEvents {

    private ResultsEvents() {
    }

    public record ResultsComputed(long campaignId, long resultSetId, int version, String actor) {
    }

    public record TieDecided(long campaignId, long positionId, List<Long> winners, String reason, String actor) {
    }

    public record ResultsApproved(long campaignId, long resultSetId, String actor) {
    }

    public record ResultsPublished(long campaignId, long resultSetId, String actor) {
    }

    /** A leadership exam's official paper frozen by the chair's approval of a version of the results. */
    public record LeadershipPaperFrozen(long campaignId, long resultSetId, String kind, Long positionId, String sha256,
            String actor) {
    }
}
