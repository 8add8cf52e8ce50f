package vn.thituyen.winners.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The last day a winner may complete the dossier (ND 138/2020/NĐ-CP Art. 17(1): "trong thời hạn 30 ngày kể từ ngày
 * nhận được thông báo kết quả trúng tuyển"; ND 170/2025 keeps it; ND 115/2020 Art. 15 alike). The notice is dated the
 * day the results are published (the notice goes out that day). The period runs from the day after the notice (the
 * notice's own day does not count, BLDS 2015 Art. 147), so the last day is the notice's day + the limit; a last day on
 * a weekend or a public holiday moves to the next working day (BLDS 2015 Art. 148) (?). The limit is the rule set's
 * ({@code RuleSet.WinnerDossier#completionDays}, 30). Pure.
 */
public final class DossierDeadlineRule {

    private DossierDeadlineRule() {
    }

    public static LocalDate lastDay(LocalDate noticedOn, int days, Set<LocalDate> holidays) {
        if (noticedOn == null || days < 1) {
            throw new IllegalArgumentException("a notice date and a limit of at least one day");
        }
        LocalDate last = noticedOn.plusDays(days);
        while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(last)) {
            last = last.plusDays(1);
        }
        return last;
    }
}
