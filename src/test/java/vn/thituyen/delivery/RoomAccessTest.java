package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.identity.Role;

/**
 * Invigilators see and act only on the rooms assigned to them (security review, finding 13): before, any
 * invigilator reached any room's roster with its one-time passwords.
 */
@ApplicationTest
class RoomAccessTest {

    @Autowired Scenario s;
    @Autowired vn.thituyen.delivery.RoomConsole console;
    @Autowired DeliveryService delivery;
    @Autowired InvigilationService invigilation;

    @Test
    void anInvigilatorOfAnotherRoomReachesNothingOfThisOne() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Trãi", null);
        s.acceptAllAndPublish(c);   // assigns c.invigilator to the room
        long sitting = s.openSittingsWithoutCheckIn(c).get(0);
        long attempt = s.attemptOf(a);
        long room = s.asUser(c.secretary, () -> console.sittings(c.id)).get(0).roomId();
        String stranger = "inv-other-" + c.tag;
        s.as("system-admin", Role.ADMIN, () -> {
            s.councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.INVIGILATION, s.identity.createAccount(
                    stranger, Scenario.PASSWORD, "Giám Thị Khác", "khac@example.vn", Role.INVIGILATOR), null, false);
            return null;
        });

        // the assigned invigilator works as before
        assertThat(s.asUser(c.invigilator, () -> console.roster(sitting))).hasSize(1);
        assertThat(s.asUser(c.invigilator, () -> console.sittings(c.id))).extracting(RoomConsole.SittingInfo::roomId)
                .containsExactly(room);

        // the other invigilator: no room listed, and every room action refused
        assertThat(s.asUser(stranger, () -> console.sittings(c.id))).isEmpty();
        List<Callable<Object>> actions = List.of(
                () -> console.roster(sitting),
                () -> invigilation.roomSheetPdf(sitting),
                () -> invigilation.invigilators(room),
                () -> {
                    invigilation.checkIn(attempt);
                    return null;
                },
                () -> {
                    invigilation.grantExtraTime(attempt, 5, "Máy hỏng");
                    return null;
                },
                () -> {
                    invigilation.recordViolation(attempt, Sanction.REPRIMAND, "Trao đổi", "TS0002, TS0003");
                    return null;
                },
                () -> {
                    invigilation.pauseSitting(sitting);
                    return null;
                },
                () -> {
                    console.closeSitting(sitting);
                    return null;
                });
        for (Callable<Object> action : actions) {
            assertThatThrownBy(() -> s.asUser(stranger, action)).isInstanceOf(DomainException.class)
                    .hasMessage("error.room.notAssigned");
        }
        assertThat(s.asUser(c.invigilator, () -> console.roster(sitting)).get(0).checkedIn())
                .as("nothing happened").isFalse();

        // the secretary assigns them: now they reach it; taken off again: they do not
        long strangerId = s.identity.findByUsername(stranger).orElseThrow().id();
        s.asUser(c.secretary, () -> {
            invigilation.assignInvigilator(room, strangerId);
            return null;
        });
        assertThat(s.asUser(stranger, () -> console.roster(sitting))).hasSize(1);
        assertThat(s.asUser(c.chair, () -> invigilation.invigilators(room)))
                .extracting(vn.thituyen.identity.IdentityService.AccountSummary::username)
                .containsExactly(c.invigilator, c.invigilator2, stranger);
        s.asUser(c.secretary, () -> {
            invigilation.unassignInvigilator(room, strangerId);
            return null;
        });
        assertThatThrownBy(() -> s.asUser(stranger, () -> console.roster(sitting)))
                .hasMessage("error.room.notAssigned");
    }

    @Test
    void onlyInvigilatorAccountsCanBeAssigned() {
        Scenario.Campaign c = s.newCampaign();
        s.apply(c, c.position1, "Chu Văn An", null);
        s.acceptAllAndPublish(c);
        long room = s.asUser(c.secretary, () -> console.sittings(c.id)).get(0).roomId();
        long grader = s.identity.findByUsername(c.grader1).orElseThrow().id();
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            invigilation.assignInvigilator(room, grader);
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("invigilator", "validation.invigilator.role"));
    }
}
