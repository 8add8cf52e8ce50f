package vn.thituyen.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding 8 of the security review: one exam session per candidate, ended when idle, never past the last part's
 * deadline. Times are minutes after 08:00; empty = none. Idle timeout 30 minutes.
 */
class ExamSessionRuleTest {

    private static final Instant T0 = Instant.parse("2026-06-01T01:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            the current session, just used                    | s1 | s1 | 0  | 10 |    | 12 | ok
            a session another sign-in replaced                 | s1 | s2 | 0  | 10 |    | 12 | error.exam.signedInElsewhere
            no session presented                               |    | s1 | 0  | 10 |    | 12 | error.exam.signedInElsewhere
            idle 29 minutes                                    | s1 | s1 | 0  | 10 |    | 39 | ok
            idle 30 minutes                                    | s1 | s1 | 0  | 10 |    | 40 | error.exam.sessionExpired
            signed in 20 minutes ago, never seen since         | s1 | s1 | 20 |    |    | 40 | ok
            signed in again after being seen                   | s1 | s1 | 35 | 10 |    | 60 | ok
            before the last part's deadline                    | s1 | s1 | 0  | 85 | 90 | 89 | ok
            at the last part's deadline, even if active        | s1 | s1 | 0  | 89 | 90 | 90 | error.exam.sessionExpired
            """)
    void sessions(String description, String presented, String current, Integer startedAt, Integer lastSeenAt,
            Integer lastDeadline, int now, String expected) {
        String result = ExamSessionRule.check(presented, current, at(startedAt), at(lastSeenAt), Duration.ofMinutes(30),
                at(lastDeadline), at(now));
        assertThat(result == null ? "ok" : result).isEqualTo(expected);
    }

    private static Instant at(Integer minutes) {
        return minutes == null ? null : T0.plus(Duration.ofMinutes(minutes));
    }
}
