package vn.thituyen.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.CampaignSetupService;
import vn.thituyen.campaign.CampaignStatus;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.domain.PositionSheetTest;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.delivery.ui.SittingsView;
import vn.thituyen.identity.Role;

/** The campaign workspace as an office uses it: create, positions by form and by Excel, plans, steps, picker. */
@ApplicationTest
class CampaignViewTest extends ViewTestBase {

    private String admin;
    private String code;

    @BeforeEach
    void anAdministratorSignedIn() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        admin = "office-" + tag;
        code = "KT-" + tag;
        s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount(admin, Scenario.PASSWORD, "Phạm Quản Trị",
                "qt@example.vn", Role.ADMIN));
        signIn(admin);
    }

    private TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    /** A button in the actions column of the position with this code. */
    private static Button rowButton(Grid<vn.thituyen.campaign.CampaignService.PositionInfo> grid, String code,
            String id) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).code().equals(code)) {
                var cell = GridKt._getCellComponent(grid, i, "actions");
                return _get(cell, Button.class, spec -> spec.withId(id));
            }
        }
        throw new AssertionError("no position " + code);
    }

    /** Creates the campaign through the form; returns its id (the screen then shows it). */
    private long createThroughTheForm() {
        navigate("campaigns", CampaignsView.class);
        _click(button("create-campaign"));
        CampaignView v = _get(CampaignView.class);
        _setValue(v.code, code);
        _setValue(v.name, "Thi tuyển công chức thành phố năm 2027");
        LocalDate announced = LocalDate.now(s.clock).plusDays(1);
        v.announcedOn.setValue(announced);
        LocalDate[] window = CampaignSetupService.defaultWindow(v.ruleSet.getValue(), announced);
        _setValue(v.opensOn, window[0]);
        _setValue(v.closesOn, window[1]);
        _setValue(v.announcementPlace, "Cổng thông tin điện tử thành phố");
        _click(v.save);
        return s.campaigns.byCode(code).orElseThrow().id();
    }

    @Test
    void anEmptyFormMarksItsFieldsAndStoresNothing() {
        navigate("campaign/new", CampaignView.class);
        CampaignView v = _get(CampaignView.class);
        _setValue(v.code, "có dấu cách");
        _click(v.save);
        assertThat(error(v.code)).isEqualTo("Mã chỉ gồm chữ, số, dấu chấm, gạch ngang (tối đa 50 ký tự).");
        assertThat(error(v.name)).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(error(v.opensOn)).isNotNull();
        assertThat(s.campaigns.byCode("có dấu cách")).isEmpty();
    }

    @Test
    void anOfficeCreatesACampaignWithPositionsFromAFormAndFromExcelThenAnnouncesIt() throws Exception {
        long id = createThroughTheForm();
        assertThat(notifications()).contains("Đã tạo kỳ tuyển dụng " + code
                + " (bản nháp). Tiếp theo: thêm vị trí việc làm và kế hoạch thi.");
        CampaignView v = _get(CampaignView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("campaign-status")).getText())
                .isEqualTo("Bản nháp");
        // the new campaign is the one this administrator now works on, on every screen
        assertThat(s.asUser(admin, () -> s.campaigns.chosen()).map(CampaignInfo::id)).contains(id);

        // announcing without positions is refused, with the reason
        _click(button("take-step"));
        assertThat(notifications()).contains("Chưa có vị trí việc làm nào: thêm vị trí trước khi thông báo tuyển dụng.");

        // one position through the form; a bad quota is marked on its field
        _click(button("add-position"));
        _setValue(field("position-code"), "VT01");
        _setValue(field("position-name"), "Chuyên viên tổ chức cán bộ");
        _setValue(field("position-agency"), "Sở Nội vụ");
        IntegerField quota = _get(IntegerField.class, spec -> spec.withId("position-quota"));
        _setValue(quota, 0);
        _click(button("save-position"));
        assertThat(error(quota)).isEqualTo("Chỉ tiêu là số nguyên từ 1 đến 9999.");
        _setValue(quota, 2);
        _click(button("save-position"));
        assertThat(GridKt._size(v.positions)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(v.positions, 0)).containsSequence("VT01", "Chuyên viên tổ chức cán bộ",
                "Sở Nội vụ", "2", "Đại học", "Phỏng vấn");

        // the rest from the office's Excel sheet: preview first, then taken
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("position-upload")), "bieu-01.xlsx",
                PositionSheetTest.officeSheet(false));
        @SuppressWarnings("unchecked")
        Grid<?> preview = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(GridKt._size(preview)).isEqualTo(3);
        assertThat(s.campaigns.positions(id)).hasSize(1);
        _click(button("import-take"));
        assertThat(notifications()).contains("Đã nhập 3 vị trí việc làm.");
        assertThat(s.campaigns.positions(id)).extracting(p -> p.code())
                .containsExactly("SNV-01", "SNV-02", "STP-01", "VT01");

        // round 2 of VT01 becomes written + interview; weights not adding up are marked
        _click(rowButton(_get(CampaignView.class).positions, "VT01", "plan-VT01"));
        _click(button("plan-add-part"));
        @SuppressWarnings("unchecked")
        Select<PartKind> kind2 = _get(Select.class, spec -> spec.withId("plan-kind-2"));
        _setValue(kind2, PartKind.WRITTEN_PAPER);
        _setValue(_get(IntegerField.class, spec -> spec.withId("plan-minutes-2")), 180);
        _click(button("save-plan"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-error")).getText())
                .isEqualTo("Tổng tỷ trọng các phần thi phải bằng 100%.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("plan-weight-1")), 30);
        _setValue(_get(IntegerField.class, spec -> spec.withId("plan-weight-2")), 70);
        _setValue(_get(ScoreField.class, spec -> spec.withId("plan-pass-2")), "50");
        _click(button("save-plan"));
        assertThat(notifications()).contains("Đã lưu kế hoạch thi của vị trí VT01.");
        long vt01 = s.campaigns.positions(id).stream().filter(p -> p.code().equals("VT01")).findFirst().orElseThrow()
                .id();
        assertThat(s.setup.plan(vt01).round2()).extracting(p -> p.kind() + " " + p.weightPercent())
                .containsExactly("INTERVIEW 30", "WRITTEN_PAPER 70");

        // announce: the question says what happens, then the campaign is announced
        _click(button("take-step"));
        assertThat(confirm()).startsWith("Thông báo kỳ tuyển dụng " + code + ": thí sinh sẽ thấy kỳ tuyển dụng");
        assertThat(s.campaigns.campaign(id).status()).isEqualTo(CampaignStatus.ANNOUNCED);
        CampaignView after = _get(CampaignView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("campaign-status")).getText())
                .isEqualTo("Đã thông báo");
        assertThat(GridKt._size(after.positions)).isEqualTo(4);
    }

    @Test
    void closingRegistrationEarlyAsksForTheDecisionAndKeepsIt() {
        Scenario.Campaign c = s.newCampaign();   // registration open, window running for 30 days
        navigate("campaign/" + c.id, CampaignView.class);
        // candidates are applying: nothing about the campaign changes any more
        _assertNone(Button.class, spec -> spec.withId("add-position"));
        assertThat(_get(CampaignView.class).save.isVisible()).isFalse();
        _click(button("take-step"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("step-reason"));
        _click(button("step-confirm"));
        assertThat(error(reason)).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(s.campaigns.campaign(c.id).status()).isEqualTo(CampaignStatus.REGISTRATION_OPEN);
        _setValue(reason, "Quyết định số 45/QĐ-SNV ngày 05/12/2026");
        _click(button("step-confirm"));
        assertThat(s.campaigns.campaign(c.id).status()).isEqualTo(CampaignStatus.REGISTRATION_CLOSED);
        @SuppressWarnings("unchecked")
        Grid<?> history = _get(Grid.class, spec -> spec.withId("lifecycle-history"));
        assertThat(GridKt._size(history)).as(screenText()).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(history, GridKt._size(history) - 1))
                .contains("Đã kết thúc nhận phiếu", admin, "Quyết định số 45/QĐ-SNV ngày 05/12/2026");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lifecycle-hint")).getText())
                .startsWith("Xét duyệt hồ sơ và công bố danh sách");
    }

    @Test
    void aSecretaryReadsButCannotChange() {
        Scenario.Campaign c = s.newCampaign();
        signIn(c.secretary);
        CampaignView v = navigate("campaign/" + c.id, CampaignView.class);
        assertThat(v.name.isReadOnly()).isTrue();
        assertThat(v.save.isVisible()).isFalse();
        _assertNone(Button.class, spec -> spec.withId("take-step"));
        _assertNone(Button.class, spec -> spec.withId("add-position"));
        assertThat(GridKt._size(v.positions)).isEqualTo(2);
    }

    @Test
    void everyStaffScreenShowsThePickerAndRemembersTheChoice() {
        Scenario.Campaign a = s.newCampaign();
        Scenario.Campaign b = s.newCampaign();
        signIn(admin);   // this administrator has chosen nothing yet: nothing is chosen for them
        navigate("sittings", SittingsView.class);
        assertThat(screenText()).contains("Hãy chọn kỳ tuyển dụng ở ô phía trên.");
        @SuppressWarnings("unchecked")
        var picker = (CampaignPicker) _get(CampaignPicker.class);
        CampaignInfo first = s.campaigns.campaign(a.id);
        _setValue(picker, first);
        assertThat(s.asUser(admin, () -> s.campaigns.chosen()).map(CampaignInfo::id)).contains(a.id);
        // the screen shows campaign A now, and so does the next screen and the next visit
        assertThat(_get(CampaignPicker.class).getValue().id()).isEqualTo(a.id);
        signIn(admin);
        navigate("review", vn.thituyen.registration.ui.ReviewView.class);
        assertThat(_get(CampaignPicker.class).getValue().id()).isEqualTo(a.id);
        assertThat(screenText()).contains(first.name()).doesNotContain(s.campaigns.campaign(b.id).name());
    }

    @Test
    void aRuleOptionIsASettingOfTheCampaignChangedWithAReason() {
        Scenario.Campaign c = s.newCampaign();
        navigate("campaign/" + c.id, CampaignView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("rules-unconfirmed")).getText())
                .startsWith("Chưa xác nhận được từ văn bản gốc");
        // the written-paper rules the campaign marks and hears appeals under
        assertThat(_get(Paragraph.class, spec -> spec.withId("rules-written")).getText())
                .contains("không quá 5 điểm", "Trưởng ban chấm thi quyết định", "trong 15 ngày", "150.000 đồng");
        // the winners' dossier (ND 138/2020 Art. 17): the limit, the checklist, the bar after false documents
        assertThat(_get(Paragraph.class, spec -> spec.withId("rules-winners")).getText())
                .contains("trong 30 ngày", "Phiếu lý lịch tư pháp", "Giấy chứng nhận sức khỏe", "ở 1 kỳ tuyển dụng");
        var option = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("option-ND116_TIE_CHAIN"));
        assertThat(option.getValue()).isFalse();
        _setValue(option, true);
        // cancelled: nothing changes, the box goes back
        _click(_get(Button.class, spec -> spec.withText("Hủy")));
        assertThat(option.getValue()).isFalse();
        _setValue(option, true);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("option-reason"));
        _click(button("option-confirm"));
        assertThat(error(reason)).isEqualTo("Vui lòng nhập thông tin này");
        _setValue(reason, "Nghị quyết của Hội đồng tuyển dụng số 3/NQ-HĐTD");
        _click(button("option-confirm"));
        assertThat(s.campaignRules.options(c.id)).anySatisfy(o -> {
            assertThat(o.option()).isEqualTo(vn.thituyen.campaign.RuleSet.Option.ND116_TIE_CHAIN);
            assertThat(o.enabled()).isTrue();
            assertThat(o.reason()).isEqualTo("Nghị quyết của Hội đồng tuyển dụng số 3/NQ-HĐTD");
            assertThat(o.chosenBy()).isEqualTo(admin);
        });
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("option-ND116_TIE_CHAIN")).getValue()).isTrue();
    }

    /** The formatted rows of a grid, for finding a row by what it shows. */
    private static <T> java.util.List<java.util.List<String>> rows(Grid<T> grid) {
        java.util.List<java.util.List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            out.add(GridKt._getFormattedRow(grid, i));
        }
        return out;
    }

    private long staffAccount(String fullName, Role role) {
        String name = "nv-" + UUID.randomUUID().toString().substring(0, 8);
        return s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount(name, Scenario.PASSWORD, fullName,
                null, role));
    }

    @SuppressWarnings("unchecked")
    private static <T> com.vaadin.flow.component.combobox.ComboBox<T> combo(String id) {
        return _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId(id));
    }

    @Test
    void theCouncilIsSeatedOnTheCampaignScreenAndARelativeWhoAppliesIsShown() {
        Scenario.Campaign c = s.newCampaign();
        s.apply(c, c.position1, "Trần Thị Em", null);
        String citizenId = s.asUser(c.secretary, () -> s.registration.applications(c.id)).get(0).citizenId();
        long vice = staffAccount("Bùi Phó Chủ Tịch", Role.SECRETARY);
        navigate("campaign/" + c.id, CampaignView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("council-state")).getText())
                .startsWith("Hội đồng chưa đủ thành phần");
        com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.identity.StaffAccountService.StaffAccount> member =
                combo("council-member");
        _setValue(member, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(member).stream()
                .filter(x -> x.id() == vice).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<vn.thituyen.campaign.CouncilRole> role = _get(Select.class, spec -> spec.withId("council-role"));
        _setValue(role, vn.thituyen.campaign.CouncilRole.VICE_CHAIR);
        _click(button("council-seat"));
        @SuppressWarnings("unchecked")
        Grid<vn.thituyen.campaign.CouncilService.Seat> seats = _get(Grid.class, spec -> spec.withId("council-seats"));
        assertThat(rows(seats)).anySatisfy(r -> assertThat(r).containsSequence("Phó Chủ tịch Hội đồng",
                "Bùi Phó Chủ Tịch (" + s.identity.account(vice).username() + ")", ""));

        // the secretary's sister applied: declared, the seat is flagged with who and why
        _click(button("declare-relative"));
        com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.campaign.CouncilService.Seat> who =
                combo("relative-member");
        _setValue(who, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(who).stream()
                .filter(x -> x.username().equals(c.secretary)).findFirst().orElseThrow());
        _setValue(field("relative-citizen-id"), citizenId);
        _setValue(field("relative-name"), "Trần Thị Em");
        @SuppressWarnings("unchecked")
        Select<vn.thituyen.campaign.Relation> relation = _get(Select.class, spec -> spec.withId("relative-relation"));
        _setValue(relation, vn.thituyen.campaign.Relation.SIBLING);
        _click(button("relative-save"));
        seats = _get(Grid.class, spec -> spec.withId("council-seats"));
        assertThat(rows(seats)).anySatisfy(r -> assertThat(r).contains("Trần Thư Ký (" + c.secretary + ")",
                "Không được tham gia: Trần Thị Em – Anh, chị, em ruột"));

        // the vice-chair leaves the council, after a confirmation that says what it means
        int before = GridKt._size(seats);
        for (int i = 0; i < before; i++) {
            if (GridKt._get(seats, i).userId() == vice) {
                _click((Button) GridKt._getCellComponent(seats, i, "actions"));
            }
        }
        var dialog = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
        assertThat(s.as("system-admin", Role.ADMIN, () -> s.councils.council(c.id)).seats())
                .extracting(x -> x.userId()).doesNotContain(vice);
    }

    @Test
    void boardsAreSetUpPerCampaignAndARelativeIsRefusedWithTheReasonNextToTheField() {
        Scenario.Campaign c = s.newCampaign();
        s.apply(c, c.position1, "Lý Văn Cháu", null);
        String citizenId = s.asUser(c.secretary, () -> s.registration.applications(c.id)).get(0).citizenId();
        long examiner = staffAccount("Đoàn Sát Hạch", Role.GRADER);
        long uncle = staffAccount("Lý Văn Chú", Role.GRADER);
        s.as("system-admin", Role.ADMIN, () -> {
            s.councils.declareRelative(c.id, uncle, citizenId, "Lý Văn Cháu", vn.thituyen.campaign.Relation.SIBLING);
            return null;
        });
        navigate("campaign/" + c.id, CampaignView.class);
        @SuppressWarnings("unchecked")
        Grid<vn.thituyen.campaign.CouncilService.BoardMember> boards = _get(Grid.class,
                spec -> spec.withId("board-members"));
        assertThat(rows(boards)).anySatisfy(r -> assertThat(r).containsSequence("Ban coi thi",
                "Vũ Giám Thị (" + c.invigilator + ")", "Mọi vị trí việc làm", "Trưởng ban"));

        // the interview board of VT02 gets a member of its own
        @SuppressWarnings("unchecked")
        Select<vn.thituyen.campaign.BoardKind> board = _get(Select.class, spec -> spec.withId("board-kind"));
        _setValue(board, vn.thituyen.campaign.BoardKind.INTERVIEW);
        com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.identity.StaffAccountService.StaffAccount> member =
                combo("board-member");
        // only accounts that can interview are offered
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(member))
                .allSatisfy(a -> assertThat(a.role()).isEqualTo(Role.GRADER));
        _setValue(member, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(member).stream()
                .filter(x -> x.id() == examiner).findFirst().orElseThrow());
        com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.campaign.CampaignService.PositionInfo> position =
                combo("board-position");
        assertThat(position.isVisible()).isTrue();
        _setValue(position, s.campaigns.position(c.position2));
        _click(button("board-add"));
        boards = _get(Grid.class, spec -> spec.withId("board-members"));
        assertThat(rows(boards)).anySatisfy(r -> assertThat(r).containsSequence("Ban kiểm tra sát hạch",
                "Đoàn Sát Hạch (" + s.identity.account(examiner).username() + ")", "VT02", "Thành viên"));

        // the candidate's uncle cannot mark: the refusal names him, the board and the candidate
        _setValue(_get(Select.class, spec -> spec.withId("board-kind")), vn.thituyen.campaign.BoardKind.MARKING);
        member = combo("board-member");
        _setValue(member, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(member).stream()
                .filter(x -> x.id() == uncle).findFirst().orElseThrow());
        _click(button("board-add"));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Không thể cử Lý Văn Chú vào Ban chấm thi")
                .contains("Lý Văn Cháu (Anh, chị, em ruột)"));
        assertThat(s.as("system-admin", Role.ADMIN, () -> s.councils.boards(c.id)))
                .noneMatch(m -> m.userId() == uncle);

        // a second head of the invigilation board is marked on the head box's row, not saved
        _setValue(_get(Select.class, spec -> spec.withId("board-kind")),
                vn.thituyen.campaign.BoardKind.INVIGILATION);
        long second = staffAccount("Mạc Giám Thị", Role.INVIGILATOR);
        navigate("campaign/" + c.id, CampaignView.class);
        _setValue(_get(Select.class, spec -> spec.withId("board-kind")),
                vn.thituyen.campaign.BoardKind.INVIGILATION);
        member = combo("board-member");
        _setValue(member, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(member).stream()
                .filter(x -> x.id() == second).findFirst().orElseThrow());
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("board-head")), true);
        _click(button("board-add"));
        assertThat(error(member)).isEqualTo("Ban đã có Trưởng ban.");
    }

    @Test
    void aStaffMemberWithoutASeatCannotOpenTheCampaign() {
        Scenario.Campaign a = s.newCampaign();
        Scenario.Campaign b = s.newCampaign();
        signIn(a.secretary);
        navigate("campaign/" + b.id, CampaignView.class);
        assertThat(screenText()).contains("Không tìm thấy").doesNotContain(s.campaigns.campaign(b.id).name());
        CampaignsView list = navigate("campaigns", CampaignsView.class);
        assertThat(GridKt._findAll(list.grid)).extracting(CampaignInfo::id).contains(a.id).doesNotContain(b.id);
    }
}
