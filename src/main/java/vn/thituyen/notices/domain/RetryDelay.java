package vn.thituyen.notices.domain;

import java.time.Duration;

/** How long a notice waits after its n-th failed attempt: 1, 2, 4 … minutes, at most an hour; then it gives up. */
public final class RetryDelay {

    /** Failed attempts after which a notice is FAILED (about half a day of a mail server being down). */
    public static final int MAX_ATTEMPTS = 16;

    private RetryDelay() {
    }

    /** The wait after {@code failedAttempts} (≥ 1) failures. */
    public static Duration after(int failedAttempts) {
        int n = Math.max(1, failedAttempts);
        long minutes = n > 7 ? 60 : Math.min(60, 1L << (n - 1));
        return Duration.ofMinutes(minutes);
    }

    public static boolean givesUp(int failedAttempts) {
        return failedAttempts >= MAX_ATTEMPTS;
    }
}
