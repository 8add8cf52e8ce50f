package vn.thituyen.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.notices.SummonsDeadlines.Deadline;
import vn.thituyen.notices.domain.WorkingDays;
import vn.thituyen.registration.RegistrationService.RoomDraft;

/** TT 6/2020 Art. 12: the secretary is warned of a sitting fewer than 5 working days away. */
@ApplicationTest
class SummonsDeadlinesTest {

    @Autowired Scenario s;
    @Autowired SummonsDeadlines deadlines;

    @Test
    void aSittingTooCloseForTheSummonsIsFlagged() {
        Scenario.Campaign c = s.newCampaign();
        LocalDateTime now = LocalDateTime.ofInstant(s.clock.instant(), ClockConfiguration.ZONE).withSecond(0).withNano(0);
        List<Deadline> found = s.asUser(c.secretary, () -> {
            s.registration.saveRoom(c.id, null, new RoomDraft("Trường Chính trị tỉnh", "Phòng A", 30,
                    now.plusDays(2).withHour(8).withMinute(0)));
            s.registration.saveRoom(c.id, null, new RoomDraft("Trường Chính trị tỉnh", "Phòng B", 30,
                    now.plusDays(40).withHour(8).withMinute(0)));
            return deadlines.of(c.id);
        });
        assertThat(found).extracting(Deadline::room).containsExactly("Phòng A", "Phòng B");
        assertThat(found.get(0).tooClose()).isTrue();
        assertThat(found.get(1).tooClose()).isFalse();
        for (Deadline d : found) {
            // at least 5 weekdays lie between the last day and the sitting
            long weekdays = d.latestSummons().plusDays(1).datesUntil(d.sittingAt().toLocalDate())
                    .filter(day -> WorkingDays.isWorkingDay(day, java.util.Set.of())).count();
            assertThat(weekdays).isGreaterThanOrEqualTo(WorkingDays.SUMMONS_NOTICE - 1L);
            assertThat(Duration.between(d.latestSummons().atStartOfDay(), d.sittingAt()).toDays()).isGreaterThanOrEqualTo(5);
        }
    }
}
