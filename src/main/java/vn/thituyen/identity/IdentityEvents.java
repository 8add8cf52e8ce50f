package vn.thituyen.identity;

import java.time.Instant;

/** Events of the identity module, seen by the audit log. */
public final class IdentityEvents {

    private IdentityEvents() {
    }

    /**
     * Repeated failed sign-ins locked a login name (an account or a candidate number: {@code kind} LOGIN) or a
     * client address ({@code kind} ADDRESS) until {@code lockedUntil}; {@code address} is where the last failure
     * came from.
     */
    public record SignInLockedOut(String kind, String subject, String address, Instant lockedUntil, String actor) {
    }

    /** Someone on duty ended a lockout early (an invigilator for a candidate number, an administrator). */
    public record SignInLockoutLifted(String kind, String subject, String actor) {
    }

    /** An administrator created a staff account; the person sets the password with a one-time code. */
    public record StaffAccountCreated(String username, String role, String actor) {
    }

    /** An administrator disabled or re-enabled an account. */
    public record AccountEnabledChanged(String username, boolean enabled, String actor) {
    }

    /** A new one-time code to set the password: the old password and every older code stopped working. */
    public record PasswordResetIssued(String username, String actor) {
    }

    /** The person set their password with a one-time code. */
    public record PasswordSetWithCode(String username, String actor) {
    }
}
