package vn.thituyen.delivery.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.delivery.RoomConsole.RosterRow;
import vn.thituyen.delivery.RoomConsole.SittingInfo;
import vn.thituyen.delivery.domain.TicketToken;
import vn.thituyen.registration.RegistrationService;

/**
 * Issue 15 § 3: at the door the invigilator's USB scanner types the admission ticket's QR code into the console's
 * field and presses Enter (or the invigilator types the candidate number); a forged code or a candidate of another
 * room is refused next to the field.
 */
@ApplicationTest
class CheckInByCodeViewTest extends ViewTestBase {

    @Autowired TicketToken tokens;

    private Scenario.Campaign c;
    private long anh;
    private long binh;
    private long cuong;

    /** Room A1: Ánh (TS0001) and Bình (TS0002); room A2: Cường (TS0003). Both sittings open, nobody checked in. */
    private void openRooms() {
        c = newCampaign();
        anh = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        binh = s.apply(c, c.position1, "Trần Văn Bình", null);
        cuong = s.apply(c, c.position1, "Lê Văn Cường", null);
        for (String[] room : new String[][] {{"Phòng A1", "2"}, {"Phòng A2", "1"}}) {
            s.asUser(c.secretary, () -> s.registration.saveRoom(c.id, null, new RegistrationService.RoomDraft(
                    "Trường THPT Nguyễn Trãi", room[0], Integer.valueOf(room[1]), null)));
        }
        s.acceptAllAndPublish(c);
        s.openSittingsWithoutCheckIn(c);
        assertThat(s.registration.room(s.registration.candidate(cuong).roomId()).name()).isEqualTo("Phòng A2");
    }

    private static SittingsView room(String name) {
        SittingsView v = navigate("sittings", SittingsView.class);
        SittingInfo room = GridKt._findAll(v.rooms).stream().filter(r -> r.roomName().equals(name)).findFirst()
                .orElseThrow();
        GridKt._select(v.rooms, room);
        return v;
    }

    /** What the scanner does: types the code, then Enter. */
    private static void scan(SittingsView v, String code) {
        v.checkInCode.setValue(code);
        ComponentUtil.fireEvent(v.checkInCode, new KeyDownEvent(v.checkInCode, "Enter"));
    }

    private static boolean checkedIn(SittingsView v, long applicationId, Scenario s) {
        long attempt = s.attemptOf(applicationId);
        List<RosterRow> rows = GridKt._findAll(v.roster);
        return rows.stream().filter(r -> r.attemptId() == attempt).findFirst().orElseThrow().checkedIn();
    }

    @Test
    void theScannedTicketOrTheTypedNumberChecksInAForgedCodeOrAnotherRoomsCandidateIsRefused() {
        openRooms();
        signIn(c.invigilator);
        SittingsView v = room("Phòng A1");
        assertThat(v.checkInCode.isVisible()).isTrue();

        // the genuine ticket of a candidate of this room: checked in, the field empty for the next one
        scan(v, tokens.sign(anh, c.id));
        assertThat(error(v.checkInCode)).isNull();
        assertThat(v.checkInCode.getValue()).isEmpty();
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Đã điểm danh", "Nguyễn Thị Ánh"));
        assertThat(checkedIn(v, anh, s)).isTrue();
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CandidateCheckedInByCode'"
                + " AND details LIKE ?", Integer.class, "%method=QR%")).isGreaterThanOrEqualTo(1);

        // a ticket altered to name another candidate: forged, nobody checked in
        String genuine = tokens.sign(anh, c.id);
        scan(v, genuine.replace("TT1." + anh + ".", "TT1." + binh + "."));
        assertThat(error(v.checkInCode)).contains("Mã không hợp lệ");
        assertThat(checkedIn(v, binh, s)).isFalse();

        // a genuine ticket of the other room's candidate: sent to their room
        scan(v, tokens.sign(cuong, c.id));
        assertThat(error(v.checkInCode)).isEqualTo("Thí sinh " + s.registration.candidate(cuong).candidateNumber()
                + " không thuộc phòng này: thí sinh thi tại Phòng A2.");

        // a number nobody has
        scan(v, "TS9999");
        assertThat(error(v.checkInCode)).isEqualTo("Không tìm thấy thí sinh có mã hoặc số báo danh này trong kỳ thi.");

        // the invigilator types the candidate number (lower case, spaces): checked in, the error gone
        scan(v, " " + s.registration.candidate(binh).candidateNumber().toLowerCase() + " ");
        assertThat(error(v.checkInCode)).isNull();
        assertThat(checkedIn(v, binh, s)).isTrue();
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CandidateCheckedInByCode'"
                + " AND details LIKE ?", Integer.class, "%method=SBD%")).isGreaterThanOrEqualTo(1);

        // scanned twice: said so, nothing recorded again
        scan(v, tokens.sign(anh, c.id));
        assertThat(error(v.checkInCode)).isNull();
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("đã được điểm danh trước đó"));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CandidateCheckedInByCode'"
                + " AND subject = ?", Integer.class, "attemptId=" + s.attemptOf(anh))).isEqualTo(1);
    }

    @Test
    void theRoomsStaffAreWarnedOfWhoStillOwesTheFeeBeforeTheSitting() {
        openRooms();
        var fees = ctx.getBean(vn.thituyen.registration.FeeService.class);
        s.asUser(c.secretary, () -> fees.record(anh, new vn.thituyen.registration.FeeService.PaymentDraft("BL-" + c.tag,
                java.time.LocalDate.now(s.clock.withZone(vn.thituyen.common.ClockConfiguration.ZONE)), null)));
        String binhNo = s.registration.candidate(binh).candidateNumber();

        signIn(c.invigilator);
        SittingsView v = room("Phòng A1");
        assertThat(v.unpaidWarning.isVisible()).isTrue();
        assertThat(v.unpaidWarning.getText()).isEqualTo("Có 1 thí sinh trong phòng chưa nộp lệ phí dự tuyển: "
                + binhNo + " Trần Văn Bình. Đề nghị báo Thư ký Hội đồng trước giờ thi.");
        long attempt = s.attemptOf(binh);
        int row = 0;
        while (GridKt._get(v.roster, row).attemptId() != attempt) {
            row++;
        }
        assertThat(GridKt._getFormattedRow(v.roster, row)).contains("Chưa nộp");
        assertThat(String.join(" ", GridKt._getFormattedRow(v.roster, row == 0 ? 1 : 0))).doesNotContain("Chưa nộp");

        // checked in all the same, with the reminder
        scan(v, binhNo);
        assertThat(notifications()).anySatisfy(n -> assertThat(n)
                .contains("Trần Văn Bình", "Lưu ý: thí sinh chưa nộp lệ phí dự tuyển."));
        assertThat(checkedIn(v, binh, s)).isTrue();

        // once paid, no warning
        s.asUser(c.secretary, () -> fees.record(binh, new vn.thituyen.registration.FeeService.PaymentDraft(
                "BL2-" + c.tag, java.time.LocalDate.now(s.clock.withZone(vn.thituyen.common.ClockConfiguration.ZONE)),
                null)));
        v = room("Phòng A1");
        assertThat(v.unpaidWarning.isVisible()).isFalse();
    }
}
