package vn.thituyen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;

/** Issue 11 § 3: rooms with venue, capacity and start time, set up before the list; candidates fill them by number. */
@ApplicationTest
class RoomsTest {

    @Autowired Scenario s;

    private long room(Scenario.Campaign c, String name, int capacity) {
        return s.asUser(c.secretary, () -> s.registration.saveRoom(c.id, null, new RegistrationService.RoomDraft(
                "Trường THPT Nguyễn Trãi, 12 Hồng Quang, TP Hải Dương", name, capacity,
                LocalDateTime.of(2027, 3, 14, 7, 30))));
    }

    @Test
    void candidatesFillTheRoomsSetUpInNumberOrderAndTooFewSeatsIsRefused() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Văn An", null);
        long b = s.apply(c, c.position1, "Trần Văn Bảo", null);
        long d = s.apply(c, c.position2, "Lê Thị Chi", null);
        s.closeRegistration(c);
        s.asUser(c.secretary, () -> {
            for (long id : new long[] {a, b, d}) {
                s.registration.accept(id);
            }
            return null;
        });
        long first = room(c, "Phòng A1", 1);
        // a name given twice, a capacity of 0: each refused on its field
        assertThatThrownBy(() -> room(c, "phòng a1", 0)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("name", "validation.room.nameTaken")
                        .containsEntry("capacity", "validation.room.capacity"));
        // one seat for three candidates: refused, saying how many seats for how many candidates
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            s.registration.publishEligibleList(c.id);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.review.seats");
            assertThat(e.params()).containsExactly(1, 3);
        });
        long second = room(c, "Phòng A2", 5);
        assertThat(s.asUser(c.secretary, () -> s.registration.eligibleListPreview(c.id)))
                .extracting(RegistrationService.EligibleListPreview::rooms,
                        RegistrationService.EligibleListPreview::seats).containsExactly(2, 6);
        s.asUser(c.secretary, () -> {
            s.registration.publishEligibleList(c.id);
            return null;
        });
        // VT01 first (An, Bảo by given name), then VT02; A1 holds one, A2 the rest
        assertThat(s.registration.candidatesInRoom(first)).extracting(CandidateInfo::candidateNumber,
                CandidateInfo::fullName).containsExactly(org.assertj.core.groups.Tuple.tuple("TS0001", "Nguyễn Văn An"));
        assertThat(s.registration.candidatesInRoom(second)).extracting(CandidateInfo::candidateNumber)
                .containsExactly("TS0002", "TS0003");
        RegistrationService.RoomInfo info = s.registration.room(first);
        assertThat(info.venue()).isEqualTo("Trường THPT Nguyễn Trãi, 12 Hồng Quang, TP Hải Dương");
        assertThat(info.startsAt()).isEqualTo(LocalDateTime.of(2027, 3, 14, 7, 30)
                .atZone(vn.thituyen.common.ClockConfiguration.ZONE).toInstant());
        // no rooms made beyond those set up; none added once published
        assertThat(s.registration.rooms(c.id)).hasSize(2);
        assertThatThrownBy(() -> room(c, "Phòng A3", 10)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.room.afterPublication"));
    }
}
