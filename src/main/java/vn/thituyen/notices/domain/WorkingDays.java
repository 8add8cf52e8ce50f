package vn.thituyen.notices.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days (ngày làm việc): Monday to Friday, except public holidays and the days off the Government adds
 * (kept as data: {@code campaign.WorkingCalendar}). A summons to a round (giấy triệu tập) goes out at least
 * {@value #SUMMONS_NOTICE} working days before the sitting (TT 6/2020/TT-BNV Art. 12).
 */
public final class WorkingDays {

    /** TT 6/2020/TT-BNV Art. 12: the summons at least 5 working days before each round. */
    public static final int SUMMONS_NOTICE = 5;

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The last day a summons may go out: the {@code n}-th working day counted back from the day before the sitting
     * (the sitting day itself does not count).
     */
    public static LocalDate latestBefore(LocalDate sitting, int n, Set<LocalDate> holidays) {
        LocalDate day = sitting;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether a summons sent on {@code sentOn} is too late for a sitting on {@code sitting}. */
    public static boolean tooClose(LocalDate sentOn, LocalDate sitting, Set<LocalDate> holidays) {
        return sentOn.isAfter(latestBefore(sitting, SUMMONS_NOTICE, holidays));
    }

    /** The holidays {@link #latestBefore} may meet: a window wide enough for Tết (up to 9 days off in a row). */
    public static LocalDate searchFrom(LocalDate sitting, int n) {
        return sitting.minusDays(n * 2L + 21);
    }
}
