package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.registration.PaperLists;

/** The review screen's Excel lists and its import of paper applications (nhận hồ sơ giấy). */
@ApplicationTest
class PaperApplicationsViewTest extends ViewTestBase {

    private Scenario.Campaign c;

    @BeforeEach
    void oneOnlineCandidate() {
        c = newCampaign();
        s.apply(c, c.position1, "Nguyễn Văn An", null);
        signIn(c.secretary);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void aBadRowIsNamedByRowAndColumnAndStoresNothingAGoodListIsImportedOnConfirm() {
        ReviewView v = navigate("review", ReviewView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-applications")).getText())
                .isEqualTo("Tải danh sách hồ sơ (Excel)");
        _get(Anchor.class, spec -> spec.withId("paper-template"));
        _assertNone(Anchor.class, spec -> spec.withId("export-eligible"));
        String binh = s.nextCitizenId();
        v.showPaperPreview(PaperLists.xlsx(PaperLists.HEADER, List.of(
                PaperLists.row(1, "Trần Thị Bình", "06/05/1994", "Nữ", binh, "VT01"),
                PaperLists.row(2, "Lê Văn Cường", "31/02/1995", "Nam", s.nextCitizenId(), "VT09"))), "giay.xlsx");
        assertThat(_get(Paragraph.class, spec -> spec.withId("paper-refused")).getText())
                .startsWith("Danh sách có 2 lỗi: không hồ sơ nào được lưu.");
        assertThat(GridKt._size(grid("paper-problems"))).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid("paper-problems"), 0)).containsExactly(
                "Dòng 6, cột Ngày sinh: Không đọc được ngày „31/02/1995“ (ghi theo dạng dd/mm/yyyy)");
        assertThat(GridKt._getFormattedRow(grid("paper-problems"), 1)).containsExactly(
                "Dòng 6, cột Mã vị trí dự tuyển: Kỳ tuyển dụng không có vị trí mã „VT09“");
        _assertNone(Button.class, spec -> spec.withId("paper-take"));
        assertThat(GridKt._size(v.grid)).isEqualTo(1);

        v.showPaperPreview(PaperLists.xlsx(PaperLists.HEADER, List.of(
                PaperLists.row(1, "Trần Thị Bình", "06/05/1994", "Nữ", binh, "VT01"),
                PaperLists.row(2, "Lê Văn Cường", "01/02/1995", "Nam", s.nextCitizenId(), "VT02"))), "giay.xlsx");
        _assertNone(Paragraph.class, spec -> spec.withId("paper-refused"));
        assertThat(GridKt._getFormattedRow(grid("paper-preview"), 0)).containsExactly("5", "Trần Thị Bình",
                "06/05/1994", binh, "VT01 – Chuyên viên tổ chức cán bộ");
        Button take = _get(Button.class, spec -> spec.withId("paper-take"));
        assertThat(take.getText()).isEqualTo("Nhập 2 hồ sơ");
        _click(take);
        assertThat(cancel()).startsWith("Nhập 2 hồ sơ giấy vào kỳ tuyển dụng?");
        assertThat(GridKt._size(v.grid)).isEqualTo(1); // cancelled: nothing stored
        _click(take);
        confirm();
        assertThat(notifications()).contains("Đã nhập 2 hồ sơ giấy.");
        assertThat(GridKt._size(v.grid)).isEqualTo(3);
        assertThat(GridKt._findAll(v.grid)).extracting(a -> ((vn.thituyen.registration.RegistrationService
                .MyApplication) a).fullName()).contains("Trần Thị Bình", "Lê Văn Cường");
    }

    @Test
    void afterPublicationTheEligibleListAndTheHandInListsDownloadAndPaperFormsAreNoLongerTaken() {
        s.acceptAllAndPublish(c);
        navigate("review", ReviewView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-eligible")).getText())
                .isEqualTo("Tải danh sách đủ điều kiện dự thi (Excel)");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-room-lists")).getText())
                .isEqualTo("Tải danh sách ký nộp bài theo phòng (Excel)");
        _get(Anchor.class, spec -> spec.withId("export-applications"));
        _assertNone(Anchor.class, spec -> spec.withId("paper-template"));
        _assertNone(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("paper-upload"));
        // the sittings screen offers the hand-in lists to the secretary, not to the invigilator
        navigate("sittings", vn.thituyen.delivery.ui.SittingsView.class);
        _get(Anchor.class, spec -> spec.withId("export-room-lists"));
        signIn(c.invigilator);
        navigate("sittings", vn.thituyen.delivery.ui.SittingsView.class);
        _assertNone(Anchor.class, spec -> spec.withId("export-room-lists"));
    }
}
