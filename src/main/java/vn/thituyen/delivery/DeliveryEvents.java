package vn.thituyen.delivery;

/** Events of computer-based delivery, seen by the audit log. */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    public record SittingPrepared(long sittingId, long roomId, int papers, String actor) {
    }

    public record SittingOpened(long sittingId, String actor) {
    }

    public record SittingClosed(long sittingId, String actor) {
    }

    public record PartClosed(long attemptId, int partNo, int correct, int total, boolean passed, boolean byTimeout) {
    }
}
