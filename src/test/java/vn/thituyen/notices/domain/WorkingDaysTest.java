package vn.thituyen.notices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TT 6/2020/TT-BNV Art. 12: the summons at least 5 working days before the sitting, past weekends and holidays. */
class WorkingDaysTest {

    /** the weekdays off of 2025 and 2026 as the holiday calendar seeds them (V26) */
    static final Set<LocalDate> HOLIDAYS = Stream.of("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29",
            "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01",
            "2025-09-02", "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-02").map(LocalDate::parse).collect(Collectors.toSet());

    @ParameterizedTest(name = "sitting {0}: summons by {1}")
    @CsvSource({
        // an ordinary week: Monday's sitting, summons by the Monday before
        "2025-03-10, 2025-03-03",
        // a Friday's sitting reaches back over one weekend
        "2025-03-07, 2025-02-28",
        // Tết Ất Tỵ (27-31 Jan 2025) and its weekends do not count
        "2025-02-03, 2025-01-20",
        // 30/4, 1/5 and the swapped 2/5
        "2025-05-06, 2025-04-24",
        // Quốc khánh 1-2/9/2025
        "2025-09-08, 2025-08-28",
        // Tết Bính Ngọ (16-20 Feb 2026)
        "2026-02-25, 2026-02-11",
        // Giỗ Tổ Hùng Vương 2025 (7/4)
        "2025-04-11, 2025-04-03",
    })
    void latestSummonsDay(LocalDate sitting, LocalDate latest) {
        assertThat(WorkingDays.latestBefore(sitting, WorkingDays.SUMMONS_NOTICE, HOLIDAYS)).isEqualTo(latest);
        assertThat(WorkingDays.tooClose(latest, sitting, HOLIDAYS)).isFalse();
        assertThat(WorkingDays.tooClose(latest.plusDays(1), sitting, HOLIDAYS)).isTrue();
        assertThat(WorkingDays.searchFrom(sitting, WorkingDays.SUMMONS_NOTICE)).isBefore(latest);
    }

    @ParameterizedTest(name = "{0}: working day {1}")
    @CsvSource({
        "2025-03-07, true",    // Friday
        "2025-03-08, false",   // Saturday
        "2025-03-09, false",   // Sunday
        "2025-01-29, false",   // Tết
        "2025-09-02, false",   // Quốc khánh
        "2025-09-03, true",
    })
    void workingDay(LocalDate day, boolean working) {
        assertThat(WorkingDays.isWorkingDay(day, HOLIDAYS)).isEqualTo(working);
    }

    @ParameterizedTest(name = "after {0} failures wait {1} min, give up {2}")
    @CsvSource({
        "1, 1, false",
        "2, 2, false",
        "3, 4, false",
        "6, 32, false",
        "7, 60, false",
        "15, 60, false",
        "16, 60, true",
    })
    void retryDelay(int failures, int minutes, boolean givesUp) {
        assertThat(RetryDelay.after(failures)).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(RetryDelay.givesUp(failures)).isEqualTo(givesUp);
    }
}
