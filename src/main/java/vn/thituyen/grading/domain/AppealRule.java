package vn.thituyen.grading.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.thituyen.campaign.PartKind;

/**
 * Appeals (phúc khảo) against a mark ({@code docs/domain.md} § Recruitment, § Exam administration; TT 6/2020/TT-BNV,
 * Quy chế — phúc khảo, carried into TT 22/2025/TT-BNV): only written papers — on paper or typed on a computer —
 * may be appealed; never an interview, a practical or the computer multiple-choice round. An appeal is filed within
 * the rule set's window (15 days) of the results' publication: the day of publication is not counted, and a window
 * ending on a Saturday, Sunday or public holiday ends on the next working day (Bộ luật Dân sự 2015 Art. 147–148).
 * The re-mark decides: a different mark changes the result, the same mark leaves it.
 */
public final class AppealRule {

    private AppealRule() {
    }

    /** Why an appeal cannot be filed. */
    public enum Refusal {
        /** Interviews, practicals and computer multiple choice are never appealed. */
        NOT_A_WRITTEN_PAPER,
        /** The results are not published yet: the window has not opened. */
        NOT_PUBLISHED,
        /** The window has closed. */
        WINDOW_CLOSED,
        /** The candidate already appealed this paper. */
        ALREADY_FILED
    }

    /** The last day an appeal may be filed: publication + window days, moved past weekends and holidays. */
    public static LocalDate lastDay(LocalDate publishedOn, int windowDays, Set<LocalDate> holidays) {
        if (publishedOn == null || windowDays < 1) {
            throw new IllegalArgumentException("publication date and a window of at least one day");
        }
        LocalDate last = publishedOn.plusDays(windowDays);
        while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /**
     * Whether an appeal may be filed today; empty when it may.
     * @param publishedOn the day the results were published, or null when they are not
     */
    public static Optional<Refusal> check(PartKind kind, LocalDate publishedOn, LocalDate today, int windowDays,
            Set<LocalDate> holidays, boolean alreadyFiled) {
        if (kind == null || !kind.written()) {
            return Optional.of(Refusal.NOT_A_WRITTEN_PAPER);
        }
        if (publishedOn == null || today.isBefore(publishedOn)) {
            return Optional.of(Refusal.NOT_PUBLISHED);
        }
        if (today.isAfter(lastDay(publishedOn, windowDays, holidays))) {
            return Optional.of(Refusal.WINDOW_CLOSED);
        }
        return alreadyFiled ? Optional.of(Refusal.ALREADY_FILED) : Optional.empty();
    }

    /** The outcome of the re-mark: before → after, and whether the mark changed. */
    public record Outcome(BigDecimal before, BigDecimal after, boolean changed) {
    }

    public static Outcome outcome(BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            throw new IllegalArgumentException("an appeal compares two marks");
        }
        return new Outcome(before, after, before.compareTo(after) != 0);
    }
}
