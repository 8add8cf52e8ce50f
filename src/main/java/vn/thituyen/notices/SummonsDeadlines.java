package vn.thituyen.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.WorkingCalendar;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.notices.domain.WorkingDays;
import vn.thituyen.registration.RegistrationService;

/**
 * For the secretary: by when the summons to each sitting must go out (TT 6/2020 Art. 12, 5 working days before),
 * and which sittings are already too close for that.
 */
@Service
public class SummonsDeadlines {

    private final RegistrationService registration;
    private final WorkingCalendar calendar;
    private final CampaignAccess access;
    private final Clock clock;

    SummonsDeadlines(RegistrationService registration, WorkingCalendar calendar, CampaignAccess access, Clock clock) {
        this.registration = registration;
        this.calendar = calendar;
        this.access = access;
        this.clock = clock;
    }

    /** A room's sitting, the last day for its summons, and whether today is already past it. */
    public record Deadline(String room, LocalDateTime sittingAt, LocalDate latestSummons, boolean tooClose) {
    }

    /** The rooms with a start time set, earliest first. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<Deadline> of(long campaignId) {
        access.require(campaignId);
        return registration.rooms(campaignId).stream().filter(r -> r.startsAt() != null)
                .map(r -> deadline(r.name(), LocalDateTime.ofInstant(r.startsAt(), ClockConfiguration.ZONE)))
                .sorted(java.util.Comparator.comparing(Deadline::sittingAt)).toList();
    }

    /** A sitting's last day for the summons (5 working days before, holidays as data), and whether it is past. */
    Deadline deadline(String room, LocalDateTime at) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        LocalDate latest = latestSummons(at.toLocalDate());
        return new Deadline(room, at, latest, today.isAfter(latest));
    }

    /** The last day a summons to a sitting on that day may go out (5 working days before, holidays as data). */
    LocalDate latestSummons(LocalDate sitting) {
        return WorkingDays.latestBefore(sitting, WorkingDays.SUMMONS_NOTICE,
                calendar.holidays(WorkingDays.searchFrom(sitting, WorkingDays.SUMMONS_NOTICE), sitting));
    }
}
