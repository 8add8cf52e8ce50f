package vn.thituyen.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a candidate's exam session (signed in with candidate number + one-time password, in a browser or through
 * the API) still counts: it is the candidate's current session (a new sign-in ends the one before: one session
 * per candidate, so a one-time password seen over a shoulder cannot be used beside the candidate), it was used
 * within the idle timeout, and it does not outlive the deadline of the candidate's last part (once every part has
 * started, the session ends with the latest deadline; before that the sitting being open bounds it).
 */
public final class ExamSessionRule {

    public static final String SIGNED_IN_ELSEWHERE = "error.exam.signedInElsewhere";
    public static final String EXPIRED = "error.exam.sessionExpired";

    private ExamSessionRule() {
    }

    /**
     * @param presented    the session the request carries
     * @param current      the attempt's current session
     * @param startedAt    when the current session began
     * @param lastSeenAt   the candidate's last sign of life (written at most every 30 s)
     * @param lastDeadline the deadline of the last part, once every part has started, else null
     * @return null when the session counts, else the message key of why not
     */
    public static String check(String presented, String current, Instant startedAt, Instant lastSeenAt,
            Duration idleTimeout, Instant lastDeadline, Instant now) {
        if (presented == null || !presented.equals(current)) {
            return SIGNED_IN_ELSEWHERE;
        }
        Instant lastActivity = startedAt == null ? lastSeenAt
                : lastSeenAt == null || startedAt.isAfter(lastSeenAt) ? startedAt : lastSeenAt;
        if (lastActivity == null || !now.isBefore(lastActivity.plus(idleTimeout))) {
            return EXPIRED;
        }
        if (lastDeadline != null && !now.isBefore(lastDeadline)) {
            return EXPIRED;
        }
        return null;
    }

    /**
     * When the candidate's last part ends, once every part to sit has started: the latest of each part's end (its
     * deadline, or when it closed if that was earlier); null before that.
     */
    public static Instant lastDeadline(List<AttemptPart> parts) {
        Instant last = null;
        for (AttemptPart p : parts) {
            if (p.isExempt()) {
                continue;
            }
            if (p.getStartedAt() == null || p.getDeadline() == null) {
                return null;
            }
            Instant end = p.getClosedAt() != null && p.getClosedAt().isBefore(p.getDeadline()) ? p.getClosedAt()
                    : p.getDeadline();
            last = last == null || end.isAfter(last) ? end : last;
        }
        return last;
    }
}
