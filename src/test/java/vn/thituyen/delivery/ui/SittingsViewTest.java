package vn.thituyen.delivery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.delivery.RoomConsole.RosterRow;
import vn.thituyen.delivery.RoomConsole.SittingInfo;
import vn.thituyen.delivery.Sanction;
import vn.thituyen.delivery.domain.AttemptPart;

/** The invigilator console (route "sittings"): roster, check-in, extra time, violations, late start, live progress pushed by the server. */
@ApplicationTest
class SittingsViewTest extends ViewTestBase {

    @org.springframework.beans.factory.annotation.Autowired LiveConsoles live;
    @org.springframework.beans.factory.annotation.Autowired vn.thituyen.identity.SignInThrottle throttle;

    // roster columns: SBD, name, date of birth, one-time password, check-in, connection, status, answered,
    // extra minutes, violations
    private static final int OTP = 3;
    private static final int CHECKED_IN = 4;
    private static final int STATUS = 6;
    private static final int EXTRA = 8;
    private static final int VIOLATIONS = 9;
    private static final int SESSION = 10;
    private static final int LOCKOUT = 11;

    private Scenario.Campaign c;
    private long anh;
    private long binh;

    /**
     * A campaign whose room sitting is open: "Nguyễn Thị Ánh" was checked in, has started part 1 and answered one
     * question; "Trần Văn Bình" is not checked in and has not started yet.
     */
    private void openRoom() {
        c = newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        long b = s.apply(c, c.position1, "Trần Văn Bình", null);
        s.acceptAllAndPublish(c);
        s.openSittingsWithoutCheckIn(c);
        anh = s.attemptOf(a);
        binh = s.attemptOf(b);
        s.asUser(c.invigilator, () -> {
            s.invigilation.checkIn(anh);
            return null;
        });
        s.asExaminee(anh, () -> {
            s.delivery.startNextPart();
            s.delivery.saveAnswer(s.delivery.screen().current().items().get(0).itemId(), 1);
            return null;
        });
    }

    private static SittingsView room(String name) {
        SittingsView v = navigate("sittings", SittingsView.class);
        SittingInfo room = GridKt._findAll(v.rooms).stream().filter(r -> r.roomName().equals(name)).findFirst()
                .orElseThrow();
        GridKt._select(v.rooms, room);
        return v;
    }

    private static void selectCandidate(SittingsView v, long attemptId) {
        GridKt._select(v.roster, GridKt._findAll(v.roster).stream().filter(r -> r.attemptId() == attemptId)
                .findFirst().orElseThrow());
    }

    private static List<String> row(SittingsView v, long attemptId) {
        List<RosterRow> all = GridKt._findAll(v.roster);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).attemptId() == attemptId) {
                return GridKt._getFormattedRow(v.roster, i);
            }
        }
        throw new AssertionError("no roster row for attempt " + attemptId);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    /** One tick of the server's live push, then what the browser would receive. */
    private void push() {
        live.tick();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
    }

    private String otp(long attemptId) {
        return s.attempts.findById(attemptId).orElseThrow().getOneTimePassword();
    }

    private String number(long attemptId) {
        return s.attempts.findById(attemptId).orElseThrow().getCandidateNumber();
    }

    // ------------------------------------------------------------------ sign-in security (issue 9)

    /**
     * Findings 3 and 8 of the security review: the console shows who is locked out of signing in (too many wrong
     * one-time passwords) and lifts it; it shows when a candidate signed in again from another computer.
     */
    @Test
    void theOneTimePasswordColumnIsNeverCutOff() {
        openRoom();
        signIn(c.invigilator);
        SittingsView v = room("Phòng 01");
        var otp = v.roster.getColumnByKey("otp");
        assertThat(otp.isAutoWidth()).as("sized to its content").isTrue();
        assertThat(otp.getFlexGrow()).as("never shrunk by the other columns").isZero();
        assertThat(GridKt._getFormattedRow(v.roster, 0).get(OTP)).matches("[A-HJ-NP-Z2-9]{6}");
    }

    @Test
    void theConsoleShowsLockedOutCandidatesAndLiftsTheLockAndShowsASecondSignIn() {
        openRoom();
        String number = number(binh);
        for (int i = 0; i < 5; i++) {
            throttle.failed(number, "192.0.2.10");
        }
        s.delivery.signIn(number(anh), otp(anh)).orElseThrow();
        s.delivery.signIn(number(anh), otp(anh)).orElseThrow();   // again, from "another computer"
        signIn(c.invigilator);

        SittingsView v = room("Phòng 01");

        assertThat(row(v, binh).get(LOCKOUT)).startsWith("Bị khóa đến ");
        assertThat(row(v, anh).get(LOCKOUT)).isEmpty();
        assertThat(row(v, anh).get(SESSION)).startsWith("Đăng nhập lại từ máy khác lúc ");
        assertThat(row(v, binh).get(SESSION)).isEmpty();
        selectCandidate(v, anh);
        _assertNone(Button.class, spec -> spec.withId("lift-lockout"));

        selectCandidate(v, binh);
        _click(button("lift-lockout"));

        assertThat(row(v, binh).get(LOCKOUT)).isEmpty();
        assertThat(s.delivery.signIn(number, otp(binh))).isPresent();
        throttle.check(number, "192.0.2.10");   // no longer refused
    }

    // ------------------------------------------------------------------ the room and its roster

    @Test
    void theInvigilatorSeesTheRosterWithOneTimePasswordsAndTheRoomSheet() {
        openRoom();
        signIn(c.invigilator);

        SittingsView v = navigate("sittings", SittingsView.class);
        assertThat(GridKt._size(v.rooms)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(v.rooms, 0)).containsExactly("Phòng 01", "2", "Đang thi");
        assertThat(GridKt._size(v.roster)).isZero();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        v = room("Phòng 01");

        assertThat(GridKt._size(v.roster)).isEqualTo(2);
        assertThat(row(v, anh)).startsWith(number(anh), "Nguyễn Thị Ánh", "14/03/1995", otp(anh), "✓");
        assertThat(row(v, anh).get(STATUS)).isEqualTo("Đang làm bài");
        assertThat(row(v, anh).get(7)).isEqualTo("1");
        assertThat(row(v, binh)).startsWith(number(binh), "Trần Văn Bình", "14/03/1995", otp(binh), "");
        assertThat(row(v, binh).get(STATUS)).isEqualTo("Chưa bắt đầu");
        assertThat(otp(anh)).matches("[A-HJ-NP-Z2-9]{6}");
        // an invigilator runs the sitting but does not prepare papers
        assertThat(button("close-sitting").getText()).isEqualTo("Đóng ca thi");
        assertThat(button("refresh-roster")).isNotNull();
        _assertNone(Button.class, spec -> spec.withId("prepare-sitting"));
        Anchor sheet = _get(Anchor.class, spec -> spec.withId("room-sheet"));
        assertThat(sheet.getText()).isEqualTo("Biên bản kết quả phòng thi (PDF)");
        assertThat(sheet.getHref()).isNotBlank();
        assertThat(sheet.getTarget()).contains("_blank");
        // the candidate panel opens only when a candidate is chosen
        _assertNone(Button.class, spec -> spec.withId("check-in"));
    }

    @Test
    void anOpenSittingsProgressIsPushedAndThePanelBeingFilledSurvivesThePush() {
        openRoom();
        signIn(c.invigilator);
        SittingsView v = room("Phòng 01");
        assertThat(UI.getCurrent().getPollInterval()).as("the server pushes; the browser does not poll").isEqualTo(-1);

        // the candidate answers another question: the next push shows it
        selectCandidate(v, anh);
        _setValue(v.violationText, "Sử dụng điện thoại di động trong phòng thi");
        s.asExaminee(anh, () -> s.delivery.saveAnswer(s.delivery.screen().current().items().get(1).itemId(), 0));
        assertThat(row(v, anh).get(7)).isEqualTo("1");
        push();
        assertThat(row(v, anh).get(7)).isEqualTo("2");
        // the invigilator was typing: the candidate stays chosen and the text stays
        assertThat(v.roster.asSingleSelect().getValue()).extracting(RosterRow::attemptId).isEqualTo(anh);
        assertThat(_get(H3.class).getText()).isEqualTo(number(anh) + " – Nguyễn Thị Ánh");
        assertThat(v.violationText.getValue()).isEqualTo("Sử dụng điện thoại di động trong phòng thi");
        assertThat(button("record-violation")).isNotNull();

        // closed: nothing more to push
        _click(button("close-sitting"));
        confirm();
        assertThat(GridKt._getFormattedRow(v.rooms, 0)).containsExactly("Phòng 01", "2", "Đã kết thúc");
        push();
        assertThat(GridKt._getFormattedRow(v.rooms, 0)).containsExactly("Phòng 01", "2", "Đã kết thúc");
        _assertNone(Button.class, spec -> spec.withId("close-sitting"));
        assertThat(_get(Anchor.class, spec -> spec.withId("room-sheet"))).isNotNull();
    }

    @Test
    void leavingTheConsoleStopsThePush() {
        openRoom();
        signIn(c.invigilator);
        room("Phòng 01");
        push();   // forgets consoles of browsers the other tests closed
        int onConsole = live.open();
        assertThat(onConsole).isPositive();

        UI.getCurrent().navigate("public/results");

        assertThat(live.open()).isEqualTo(onConsole - 1);
    }

    // ------------------------------------------------------------------ a candidate

    @Test
    void checkInGrantExtraTimeAndRecordAViolation() {
        openRoom();
        signIn(c.invigilator);
        SittingsView v = room("Phòng 01");
        AttemptPart before = s.parts.findByAttemptIdOrderByPartNo(anh).get(0);

        // check-in: Ánh was checked in before she started; Bình waits at the door
        assertThat(row(v, anh).get(CHECKED_IN)).isEqualTo("✓");
        assertThat(row(v, binh).get(CHECKED_IN)).isEmpty();
        selectCandidate(v, binh);
        assertThat(_get(H3.class).getText()).isEqualTo(number(binh) + " – Trần Văn Bình");
        assertThat(button("check-in").isEnabled()).isTrue();
        _click(button("check-in"));
        assertThat(notifications()).contains("Đã lưu quyết định.");
        assertThat(row(v, binh).get(CHECKED_IN)).isEqualTo("✓");
        assertThat(s.attempts.findById(binh).orElseThrow().getCheckedInAt()).isNotNull();
        selectCandidate(v, binh);
        assertThat(button("check-in").isEnabled()).isFalse();
        selectCandidate(v, anh);

        // extra time: nothing entered
        _click(button("grant-extra"));
        assertThat(error(v.extraMinutes)).isEqualTo("Số phút cộng thêm từ 1 đến 60");
        assertThat(error(v.extraReason)).isEqualTo("Vui lòng nhập thông tin này");
        // too many minutes, a reason given
        _setValue(v.extraMinutes, 61);
        _setValue(v.extraReason, "Máy tính bị treo 10 phút");
        _click(button("grant-extra"));
        assertThat(error(v.extraMinutes)).isEqualTo("Số phút cộng thêm từ 1 đến 60");
        assertThat(error(v.extraReason)).isNull();
        assertThat(row(v, anh).get(EXTRA)).isEmpty();
        assertThat(s.parts.findByAttemptIdOrderByPartNo(anh).get(0).getDeadline()).isEqualTo(before.getDeadline());
        // good values
        _setValue(v.extraMinutes, 10);
        _click(button("grant-extra"));
        assertThat(row(v, anh).get(EXTRA)).isEqualTo("+10");
        assertThat(row(v, binh).get(EXTRA)).isEmpty();
        assertThat(s.parts.findByAttemptIdOrderByPartNo(anh).get(0).getDeadline())
                .isEqualTo(before.getDeadline().plusSeconds(600));
        _assertNone(Button.class, spec -> spec.withId("grant-extra"));   // the panel closes after an action

        // a new panel starts clean, without the previous errors
        selectCandidate(v, anh);
        assertThat(v.extraMinutes.getValue()).isNull();
        assertThat(v.extraReason.getValue()).isEmpty();

        // a violation: no sanction, no description
        _click(button("record-violation"));
        assertThat(error(v.sanction)).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(error(v.violationText)).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(row(v, anh).get(VIOLATIONS)).isEmpty();
        // choosing another candidate shows a clean form, not the errors of the one before
        selectCandidate(v, binh);
        assertThat(_get(H3.class).getText()).isEqualTo(number(binh) + " – Trần Văn Bình");
        assertThat(error(v.sanction)).isNull();
        assertThat(error(v.violationText)).isNull();
        assertThat(error(v.extraMinutes)).isNull();
        assertThat(error(v.extraReason)).isNull();
        // recorded with a warning
        selectCandidate(v, anh);
        _setValue(v.sanction, Sanction.WARNING);
        _setValue(v.violationText, "Trao đổi với thí sinh bên cạnh");
        _setValue(v.witnesses, "TS0009, TS0011");
        _click(button("record-violation"));
        assertThat(row(v, anh).get(VIOLATIONS)).isEqualTo("Cảnh cáo");
        assertThat(row(v, anh).get(STATUS)).isEqualTo("Đang làm bài");   // a warning does not stop the exam
        assertThat(row(v, binh).get(VIOLATIONS)).isEmpty();

        // a second one, suspension: the running part is closed
        selectCandidate(v, anh);
        _setValue(v.sanction, Sanction.SUSPENSION);
        _setValue(v.violationText, "Tái phạm: sử dụng tài liệu");
        _click(button("record-violation"));
        assertThat(row(v, anh).get(VIOLATIONS)).isEqualTo("Cảnh cáo, Đình chỉ thi");
        AttemptPart part1 = s.parts.findByAttemptIdOrderByPartNo(anh).get(0);
        assertThat(part1.isClosed()).isTrue();
        assertThat(part1.getCorrectCount()).isZero();

        // a candidate who has not started has no running part to extend
        selectCandidate(v, binh);
        _setValue(v.extraMinutes, 5);
        _setValue(v.extraReason, "Mất điện");
        _click(button("grant-extra"));
        assertThat(notifications()).contains("Thí sinh không có phần thi đang làm.");
        assertThat(row(v, binh).get(EXTRA)).isEmpty();
        // the chair's permission is not the invigilator's
        _assertNone(Button.class, spec -> spec.withId("permit-late"));
    }

    @Test
    void theChairPermitsALateStartButDoesNotRunTheSitting() {
        openRoom();
        signIn(c.chair);
        SittingsView v = room("Phòng 01");

        assertThat(GridKt._size(v.roster)).isEqualTo(2);
        assertThat(row(v, binh).get(OTP)).isEqualTo(otp(binh));
        _assertNone(Button.class, spec -> spec.withId("open-sitting"));
        _assertNone(Button.class, spec -> spec.withId("close-sitting"));
        _assertNone(Button.class, spec -> spec.withId("prepare-sitting"));
        assertThat(_get(Anchor.class, spec -> spec.withId("room-sheet"))).isNotNull();

        selectCandidate(v, binh);
        _assertNone(Button.class, spec -> spec.withId("check-in"));
        _assertNone(Button.class, spec -> spec.withId("grant-extra"));
        _assertNone(Button.class, spec -> spec.withId("record-violation"));
        _click(button("permit-late"));
        assertThat(error(v.lateReason)).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(s.attempts.findById(binh).orElseThrow().getLatePermittedBy()).isNull();

        _setValue(v.lateReason, "Tắc đường do tai nạn giao thông, có xác nhận của công an phường");
        _click(button("permit-late"));
        assertThat(notifications()).contains("Đã lưu quyết định.");
        assertThat(s.attempts.findById(binh).orElseThrow().getLatePermittedBy()).isEqualTo(c.chair);
    }

    @Test
    void aPreparedSittingIsOpenedByTheInvigilator() {
        c = newCampaign();
        s.apply(c, c.position1, "Lê Văn Tám", null);
        s.acceptAllAndPublish(c);
        s.asUser(c.secretary, () -> s.preparation.prepareSitting(s.registration.rooms(c.id).get(0).id()));
        signIn(c.invigilator);

        SittingsView v = room("Phòng 01");
        assertThat(GridKt._getFormattedRow(v.rooms, 0)).containsExactly("Phòng 01", "1", "Đã chuẩn bị đề");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(GridKt._size(v.roster)).isEqualTo(1);
        // before the sitting opens no candidate panel
        GridKt._select(v.roster, GridKt._findAll(v.roster).get(0));
        _assertNone(Button.class, spec -> spec.withId("check-in"));

        _click(button("open-sitting"));

        assertThat(GridKt._getFormattedRow(v.rooms, 0)).containsExactly("Phòng 01", "1", "Đang thi");
        assertThat(button("close-sitting")).isNotNull();
    }

    /** Quy chế, TT 6/2020/TT-BNV: two invigilators in each room; the sitting does not open with one. */
    @Test
    void aSittingOpensOnlyWithTwoInvigilators() {
        c = newCampaign();
        s.apply(c, c.position1, "Lê Văn Tám", null);
        s.acceptAllAndPublish(c);   // both invigilators assigned
        long roomId = s.registration.rooms(c.id).get(0).id();
        long second = s.identity.findByUsername(c.invigilator2).orElseThrow().id();
        s.asUser(c.secretary, () -> {
            s.invigilation.unassignInvigilator(roomId, second);
            return s.preparation.prepareSitting(roomId);
        });
        signIn(c.secretary);
        SittingsView v = room("Phòng 01");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("two-invigilators"))
                .getText()).isEqualTo("Mỗi phòng thi cần 2 giám thị; phòng này mới có 1. "
                        + "Chưa đủ giám thị thì chưa mở được ca thi.");

        _click(button("open-sitting"));

        assertThat(notifications()).contains("Phòng 01 cần 2 giám thị trước khi mở ca thi; mới phân công 1. "
                + "Phân công thêm giám thị cho phòng rồi mở ca thi.");
        assertThat(GridKt._getFormattedRow(v.rooms, 0)).containsExactly("Phòng 01", "1", "Đã chuẩn bị đề");
        assertThat(s.asUser(c.secretary, () -> s.console.sittings(c.id)).get(0).status())
                .isEqualTo(vn.thituyen.delivery.domain.Sitting.Status.PREPARED);

        @SuppressWarnings("unchecked")
        var pick = (com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.identity.IdentityService.AccountSummary>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("invigilator-pick"));
        _setValue(pick, pick.getListDataView().getItems().filter(a -> a.id() == second).findFirst().orElseThrow());
        _click(button("assign-invigilator"));
        _assertNone(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("two-invigilators"));
        _click(button("open-sitting"));
        assertThat(GridKt._getFormattedRow(v.rooms, 0)).containsExactly("Phòng 01", "1", "Đang thi");
    }

    @Test
    void anInvigilatorSeesOnlyTheirRoomsAndTheSecretaryAssignsThem() {
        c = newCampaign();
        s.apply(c, c.position1, "Lê Văn Hưu", null);
        s.acceptAllAndPublish(c);
        String stranger = "inv-view-" + c.tag;
        s.as("system-admin", vn.thituyen.identity.Role.ADMIN, () -> s.identity.createAccount(stranger,
                Scenario.PASSWORD, "Đinh Giám Thị", "dgt@example.vn", vn.thituyen.identity.Role.INVIGILATOR));
        // without a seat in the campaign, the invigilator cannot even pick it
        signIn(stranger);
        navigate("sittings", SittingsView.class);
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(
                _get(vn.thituyen.campaign.ui.CampaignPicker.class))).isEmpty();
        long strangerId = s.identity.findByUsername(stranger).orElseThrow().id();
        s.as("system-admin", vn.thituyen.identity.Role.ADMIN, () -> {
            s.councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.INVIGILATION, strangerId, null, false);
            return null;
        });
        s.chooseFor(stranger, c.id);
        signIn(stranger);
        SittingsView v = navigate("sittings", SittingsView.class);
        assertThat(GridKt._size(v.rooms)).isZero();
        assertThat(screenText()).contains("Bạn chưa được phân công coi thi phòng nào");

        signIn(c.secretary);
        v = room("Phòng 01");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("room-invigilators"))
                .getText()).isEqualTo("Giám thị coi thi phòng này: Vũ Giám Thị (" + c.invigilator + "), Lý Giám Thị ("
                + c.invigilator2 + ")");
        @SuppressWarnings("unchecked")
        var pick = (com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.identity.IdentityService.AccountSummary>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("invigilator-pick"));
        _click(button("assign-invigilator"));
        assertThat(pick.isInvalid()).as("nobody chosen").isTrue();
        _setValue(pick, pick.getListDataView().getItems().filter(a -> a.username().equals(stranger)).findFirst()
                .orElseThrow());
        _click(button("assign-invigilator"));
        assertThat(notifications()).contains("Đã phân công Đinh Giám Thị coi thi Phòng 01.");

        signIn(stranger);
        v = room("Phòng 01");
        assertThat(GridKt._size(v.rooms)).isEqualTo(1);
        _assertNone(Button.class, spec -> spec.withId("assign-invigilator"));
    }

    @Test
    void theSecretaryDecidesBeforeOpeningWhetherCheckInIsRequired() {
        c = newCampaign();
        long app = s.apply(c, c.position1, "Đinh Bộ Lĩnh", null);
        s.acceptAllAndPublish(c);
        long sitting = s.asUser(c.secretary, () -> s.preparation.prepareSitting(s.registration.rooms(c.id).get(0).id()));

        // an invigilator sees the rule but does not decide it
        signIn(c.invigilator);
        room("Phòng 01");
        com.vaadin.flow.component.checkbox.Checkbox rule = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("check-in-required"));
        assertThat(rule.getValue()).isTrue();
        assertThat(rule.isEnabled()).isFalse();

        signIn(c.secretary);
        room("Phòng 01");
        rule = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("check-in-required"));
        assertThat(rule.getLabel()).isEqualTo("Bắt buộc điểm danh trước khi làm bài");
        assertThat(rule.isEnabled()).isTrue();
        _setValue(rule, false);
        assertThat(notifications()).contains("Đã lưu quyết định.");
        assertThat(s.asUser(c.secretary, () -> s.console.sittings(c.id)).get(0).checkInRequired()).isFalse();

        _click(button("open-sitting"));
        rule = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("check-in-required"));
        assertThat(rule.getValue()).isFalse();
        assertThat(rule.isEnabled()).as("fixed once the sitting is open").isFalse();
        // the rule is off: the candidate starts without a check-in
        long attempt = s.attemptOf(app);
        assertThat(s.asExaminee(attempt, s.delivery::startNextPart).current()).isNotNull();
        assertThat(s.attempts.findById(attempt).orElseThrow().getCheckedInAt()).isNull();
        assertThat(sitting).isPositive();
    }
}
