package vn.thituyen.results.ui;

import vn.thituyen.ApplicationTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.publication.PublicationService;
import vn.thituyen.publication.ui.PublicResultsView;
import vn.thituyen.results.ResultsService;
import vn.thituyen.results.ResultsService.ResultLine;
import vn.thituyen.results.ResultsService.ResultSetView;

/** Results (route "results"): compute, decide ties, approve, publish; then the public page. */
@ApplicationTest
class ResultsViewTest extends ViewTestBase {

    @Autowired ResultsService results;
    @Autowired PublicationService publication;

    private Scenario.Campaign c;

    private ResultsView open(String username) {
        signIn(username);
        return navigate("results", ResultsView.class);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static void assertNoButton(String id) {
        _assertNone(Button.class, spec -> spec.withId(id));
    }

    private ResultSetView latest() {
        return s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow();
    }

    private static List<String> row(Grid<ResultLine> grid, String fullName) {
        List<ResultLine> lines = GridKt._findAll(grid);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).fullName().equals(fullName)) {
                return GridKt._getFormattedRow(grid, i);
            }
        }
        throw new AssertionError("no row for " + fullName);
    }

    @SuppressWarnings("unchecked")
    private Grid<ResultLine> publicGrid() {
        return _get(Grid.class, spec -> spec.withId("public-results-T-" + c.tag));
    }

    @Test
    void computeApprovePublishAndThePublicSeesTheNames() {
        c = newCampaign();
        long an = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        long binh = s.apply(c, c.position1, "Trần Văn Bình", PriorityCategory.ETHNIC_MINORITY);
        long cuong = s.apply(c, c.position1, "Lê Đức Cường", null);
        long dung = s.apply(c, c.position2, "Phạm Thu Dung", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45, 20);
        s.sit(binh, 30, 15);
        s.sit(cuong, 29, 30);
        s.sit(dung, 50, 25);
        s.interview(c, an, "80", "78");
        s.interview(c, binh, "70", "72");
        s.interview(c, dung, "49", "49");

        // the secretary computes
        ResultsView v = open(c.secretary);
        assertThat(v.status.getText()).isEqualTo("Chưa tính kết quả.");
        assertThat(GridKt._size(v.grid)).isZero();
        assertNoButton("approve-results");
        assertThat(button("compute-results").getText()).isEqualTo("Tính kết quả");
        _click(button("compute-results"));
        assertThat(confirm()).startsWith("Tính kết quả từ các điểm hiện có: tạo phiên bản 1");

        assertThat(notifications()).contains("Đã tính phiên bản 1: 2 người trúng tuyển, 0 trường hợp bằng điểm chờ"
                + " Chủ tịch quyết định.");
        assertThat(v.status.getText()).startsWith("Phiên bản 1 – Dự thảo – tính bởi " + c.secretary + " lúc ");
        assertThat(GridKt._size(v.grid)).isEqualTo(4);
        assertThat(row(v.grid, "Nguyễn Thị Ánh")).contains("1", "Đạt", "79", "0", "Trúng tuyển");
        assertThat(row(v.grid, "Trần Văn Bình")).contains("2", "71", "5", "76", "Trúng tuyển");
        assertThat(row(v.grid, "Lê Đức Cường")).contains("Không đạt", "Không đạt vòng 1");
        assertThat(row(v.grid, "Phạm Thu Dung")).contains("Điểm vòng 2 dưới 50");
        assertThat(button("compute-results").getText()).isEqualTo("Tính lại kết quả");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-results"))
                .getText()).isEqualTo("Tải kết quả (Excel)");
        assertNoButton("approve-results");
        assertNoButton("publish-results");
        assertThat(latest().status()).isEqualTo("DRAFT");

        // the chair approves (no tie: no tie form)
        v = open(c.chair);
        _assertNone(CheckboxGroup.class, spec -> spec.withId("tie-choice"));
        _assertNone(Paragraph.class, spec -> spec.withId("tie-flag"));
        assertNoButton("compute-results");
        _click(button("approve-results"));
        // cancelled: nothing is locked
        assertThat(cancel()).isEqualTo("Phê duyệt kết quả phiên bản 1 (2 người trúng tuyển): mọi điểm của kỳ tuyển"
                + " dụng bị khóa, không ai sửa được nữa. Không thể hoàn tác.");
        assertThat(latest().status()).isEqualTo("DRAFT");
        _click(button("approve-results"));
        confirm();
        assertThat(notifications()).contains("Đã phê duyệt kết quả phiên bản 1; mọi điểm đã khóa.");
        assertThat(v.status.getText()).contains("Đã phê duyệt", "Phê duyệt bởi " + c.chair + " lúc ");
        assertNoButton("approve-results");
        assertNoButton("publish-results");
        assertThat(latest().status()).isEqualTo("APPROVED");
        assertThat(s.campaigns.campaign(c.id).resultsLocked()).isTrue();

        // not public yet
        signOut();
        navigate("public/results", PublicResultsView.class);
        _assertNone(Grid.class, spec -> spec.withId("public-results-T-" + c.tag));

        // the secretary publishes
        v = open(c.secretary);
        assertNoButton("compute-results");
        // the document number is asked for first, next to its field
        _click(button("publish-results"));
        TextField number = _get(TextField.class, spec -> spec.withId("document-number"));
        assertThat(error(number)).isEqualTo("Vui lòng nhập thông tin này");
        _assertNone(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        _setValue(number, "15/TB-HĐTD");
        _click(button("publish-results"));
        assertThat(confirm()).startsWith("Công bố kết quả phiên bản 1: danh sách 4 thí sinh (2 trúng tuyển)");
        assertThat(notifications()).contains("Đã công bố kết quả phiên bản 1: 4 thí sinh, 2 người trúng tuyển.");
        assertThat(v.status.getText()).contains("Đã công bố");
        assertNoButton("publish-results");
        assertThat(latest().status()).isEqualTo("PUBLISHED");
        assertThat(latest().documentNumber()).isEqualTo("15/TB-HĐTD");
        assertThat(publication.published("T-" + c.tag)).isPresent();

        // anyone, without signing in
        signOut();
        navigate("public/results", PublicResultsView.class);
        _get(H2.class, spec -> spec.withText("Kỳ thi tuyển thử nghiệm " + c.tag));
        Grid<ResultLine> grid = publicGrid();
        assertThat(GridKt._findAll(grid)).extracting(ResultLine::fullName)
                .containsExactlyInAnyOrder("Nguyễn Thị Ánh", "Trần Văn Bình", "Lê Đức Cường", "Phạm Thu Dung");
        assertThat(row(grid, "Nguyễn Thị Ánh")).contains("Chuyên viên tổ chức cán bộ", "Trúng tuyển");
        assertThat(row(grid, "Trần Văn Bình")).contains("Trúng tuyển");
        assertThat(row(grid, "Lê Đức Cường")).contains("Không đạt vòng 1");
        assertThat(screenText()).contains("Kỳ thi tuyển thử nghiệm " + c.tag + "Công bố ngày ");
    }

    @Test
    void aTieAtTheLastPlaceShowsTheChairTheTieFormInsteadOfApprove() {
        c = newCampaign();
        long hang = s.apply(c, c.position2, "Vũ Thị Hằng", null);
        long khoa = s.apply(c, c.position2, "Đặng Văn Khoa", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(hang, 40, 20);
        s.sit(khoa, 50, 25);
        s.interview(c, hang, "70", "72");
        s.interview(c, khoa, "71", "71");   // both 71.0, quota 1

        ResultsView v = open(c.secretary);
        _click(button("compute-results"));
        confirm();
        assertThat(row(v.grid, "Vũ Thị Hằng")).contains("Bằng điểm – chờ quyết định");
        assertThat(_get(Paragraph.class, spec -> spec.withId("tie-flag")).getText()).startsWith(
                "Có thí sinh bằng điểm ở chỉ tiêu cuối cùng");
        // only the chair decides
        _assertNone(CheckboxGroup.class, spec -> spec.withId("tie-choice"));

        v = open(c.chair);
        assertNoButton("approve-results");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ResultLine> choice = _get(CheckboxGroup.class, spec -> spec.withId("tie-choice"));
        TextField reason = _get(TextField.class, spec -> spec.withId("tie-reason"));
        Button decide = button("decide-tie");
        assertThat(choice.getLabel()).isEqualTo("Chọn 1 người trúng tuyển – Chuyên viên pháp chế");
        assertThat(choice.getListDataView().getItems().map(ResultLine::fullName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("Vũ Thị Hằng", "Đặng Văn Khoa");
        ResultLine khoaLine = choice.getListDataView().getItems().filter(l -> l.applicationId() == khoa)
                .findFirst().orElseThrow();

        // no reason: refused on the reason field
        _setValue(choice, Set.of(khoaLine));
        _click(decide);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(latest().version()).isEqualTo(1);

        // both chosen for one seat: refused with a notice
        _setValue(choice, Set.copyOf(choice.getListDataView().getItems().toList()));
        _setValue(reason, "Quyết định của Giám đốc Sở: ưu tiên kinh nghiệm công tác");
        _click(decide);
        assertThat(notifications()).contains("Cần chọn đúng 1 người trong số thí sinh bằng điểm.");
        assertThat(latest().version()).isEqualTo(1);

        // Khoa, with the reason
        _setValue(choice, Set.of(khoaLine));
        _click(decide);
        assertThat(screenText()).contains("Quyết định bằng điểm của " + c.chair
                + ": Đặng Văn Khoa trúng tuyển – Quyết định của Giám đốc Sở: ưu tiên kinh nghiệm công tác");
        _assertNone(CheckboxGroup.class, spec -> spec.withId("tie-choice"));
        _assertNone(Paragraph.class, spec -> spec.withId("tie-flag"));
        assertThat(row(v.grid, "Đặng Văn Khoa")).contains("Trúng tuyển");
        assertThat(row(v.grid, "Vũ Thị Hằng")).contains("Không trúng tuyển");
        ResultSetView decided = latest();
        assertThat(decided.version()).isEqualTo(2);
        assertThat(decided.tieDecisions()).singleElement().satisfies(d -> {
            assertThat(d.applicationId()).isEqualTo(khoa);
            assertThat(d.decidedBy()).isEqualTo(c.chair);
        });

        _click(button("approve-results"));
        confirm();
        assertThat(latest().status()).isEqualTo("APPROVED");

        open(c.secretary);
        _setValue(_get(TextField.class, spec -> spec.withId("document-number")), "16/TB-HĐTD");
        _click(button("publish-results"));
        confirm();

        signOut();
        navigate("public/results", PublicResultsView.class);
        Grid<ResultLine> grid = publicGrid();
        assertThat(row(grid, "Đặng Văn Khoa")).contains("Trúng tuyển");
        assertThat(row(grid, "Vũ Thị Hằng")).contains("Không trúng tuyển");
    }

    @Test
    void computingWhileAScoreAwaitsTheHeadShowsTheReasonNotAStackTrace() {
        c = newCampaign();
        long a = s.apply(c, c.position1, "Ngô Bảo Châu", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a, 40, 20);
        s.interview(c, a, "60", "70");   // spread 10: waits for the head

        open(c.secretary);
        _click(button("compute-results"));
        confirm();

        assertThat(notifications()).containsExactly("Còn thí sinh chưa có điểm vòng 2 cuối cùng: TS0001");
        assertThat(s.asUser(c.secretary, () -> results.latest(c.id))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-status")).getText())
                .isEqualTo("Chưa tính kết quả.");
    }
}
