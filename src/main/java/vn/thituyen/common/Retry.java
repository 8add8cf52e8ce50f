package vn.thituyen.common;

import java.util.function.Supplier;
import org.springframework.dao.TransientDataAccessException;

/**
 * Runs a whole transaction again when the database refused it for a passing reason (a deadlock victim, a lock
 * wait timeout): the rolled-back attempt left nothing behind, so trying again is safe. After the last try the
 * user is told, in their language, that the system is busy; nothing saved is lost.
 */
public final class Retry {

    private static final int ATTEMPTS = 3;

    private Retry() {
    }

    public static <T> T transientFailures(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (TransientDataAccessException e) {
                if (attempt >= ATTEMPTS) {
                    throw new DomainException("error.busy");
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new DomainException("error.busy");
                }
            }
        }
    }

    public static void transientFailures(Runnable transaction) {
        transientFailures(() -> {
            transaction.run();
            return null;
        });
    }
}
