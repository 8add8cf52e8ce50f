package vn.thituyen.identity;

import java.time.Duration;

/** A sign-in refused without checking the password: the login name or the client address is locked for now. */
public class SignInLockedException extends RuntimeException {

    private final transient Duration retryAfter;

    public SignInLockedException(Duration retryAfter) {
        super("too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, rounded up (at least 1), as the message to the user says. */
    public long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }

    /**
     * Whole seconds to wait, rounded up (at least 1), for a Retry-After header. A remainder under a millisecond is
     * the database rounding the stored deadline to microseconds, not time to wait: 15 minutes stay "900", not "901".
     */
    public long seconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() >= 1_000_000 ? 1 : 0));
    }
}
