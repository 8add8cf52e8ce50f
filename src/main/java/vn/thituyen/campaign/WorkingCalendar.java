package vn.thituyen.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.domain.PublicHoliday;
import vn.thituyen.campaign.domain.PublicHolidayRepository;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;

/**
 * The calendar of public holidays (lịch nghỉ lễ, Tết), kept as data by Home Affairs administrators: the lunar
 * holidays and the days the Government swaps or adds are announced each year (Bộ luật Lao động 2019 Art. 112).
 * Deadlines counted in days move past them (BLDS 2015 Art. 148), e.g. the last day of an appeal.
 */
@Service
public class WorkingCalendar {

    private final PublicHolidayRepository holidays;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkingCalendar(PublicHolidayRepository holidays, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.holidays = holidays;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The holidays between two days, both included (for the deadline rules). */
    @Transactional(readOnly = true)
    public Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        return holidays.findByDayBetweenOrderByDay(from, to).stream().map(PublicHoliday::getDay)
                .collect(Collectors.toSet());
    }

    /** A holiday as the calendar lists it. */
    public record Holiday(LocalDate day, String name, String addedBy) {
    }

    @Transactional(readOnly = true)
    public List<Holiday> year(int year) {
        return holidays.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(h -> new Holiday(h.getDay(), h.getName(), h.getAddedBy())).toList();
    }

    /** Adds a day off, as announced (its name, e.g. "Tết Nguyên đán Đinh Mùi"). */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void add(LocalDate day, String name) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (day == null) {
            errors.put("day", "validation.required");
        } else if (holidays.existsById(day)) {
            errors.put("day", "error.holiday.exists");
        }
        FreeText.check(errors, "name", name, 200);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        holidays.save(new PublicHoliday(day, name.strip(), currentUser.username(), clock.instant()));
        events.publishEvent(new CampaignEvents.HolidayAdded(day, name.strip(), currentUser.username()));
    }

    /** Removes a day entered by mistake. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void remove(LocalDate day) {
        PublicHoliday h = holidays.findById(day).orElseThrow(() -> new DomainException("error.notFound"));
        holidays.delete(h);
        events.publishEvent(new CampaignEvents.HolidayRemoved(day, h.getName(), currentUser.username()));
    }
}
