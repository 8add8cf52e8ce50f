package vn.thituyen.winners.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.thituyen.winners.CancellationKind;

/**
 * Whether a winner's result may be cancelled (ND 138/2020/NĐ-CP Art. 17(3): the authority cancels the result of one
 * who does not complete the dossier within the limit, or whose documents are false): for
 * {@link CancellationKind#NOT_COMPLETED_IN_TIME} only after the last day has passed (the last day itself still
 * counts for the winner) and only while the dossier is not complete; for {@link CancellationKind#FALSE_DOCUMENTS} at
 * any time, also after completion (a forgery may come to light later). A result is cancelled once. Pure.
 */
public final class CancellationRule {

    private CancellationRule() {
    }

    /** Why the cancellation is refused; each has a message {@code error.winners.<Refusal>}. */
    public enum Refusal {
        ALREADY_CANCELLED, DEADLINE_NOT_PASSED, DOSSIER_COMPLETE
    }

    /** Empty when the cancellation may go ahead. */
    public static Optional<Refusal> check(CancellationKind kind, LocalDate today, LocalDate lastDay,
            boolean complete, boolean cancelled) {
        if (cancelled) {
            return Optional.of(Refusal.ALREADY_CANCELLED);
        }
        if (kind == CancellationKind.NOT_COMPLETED_IN_TIME) {
            if (!today.isAfter(lastDay)) {
                return Optional.of(Refusal.DEADLINE_NOT_PASSED);
            }
            if (complete) {
                return Optional.of(Refusal.DOSSIER_COMPLETE);
            }
        }
        return Optional.empty();
    }
}
