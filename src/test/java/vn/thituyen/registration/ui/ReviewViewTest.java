package vn.thituyen.registration.ui;

import vn.thituyen.ApplicationTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.ClaimStatus;
import vn.thituyen.registration.RegistrationService.MyApplication;

/** Eligibility review (route "review") by the secretary, and what the candidates then see. */
@ApplicationTest
class ReviewViewTest extends ViewTestBase {

    private static final String REASON = "Văn bằng không đúng chuyên ngành yêu cầu của vị trí";

    private Scenario.Campaign c;
    private long tam;
    private long binh;
    private long dung;

    @BeforeEach
    void threeApplications() {
        c = newCampaign();
        tam = s.apply(c, c.position1, "Lê Văn Tám", null);
        binh = s.apply(c, c.position1, "Trần Văn Bình", PriorityCategory.ETHNIC_MINORITY);
        dung = s.apply(c, c.position2, "Phạm Thu Dung", null);
        signIn(c.secretary);
    }

    private Map<Long, MyApplication> stored() {
        return s.asUser(c.secretary, () -> s.registration.applications(c.id)).stream()
                .collect(Collectors.toMap(MyApplication::id, Function.identity()));
    }

    private static void select(ReviewView v, long applicationId) {
        MyApplication item = GridKt._findAll(v.grid).stream().filter(a -> a.id() == applicationId).findFirst()
                .orElseThrow();
        GridKt._select(v.grid, item);
    }

    private static List<String> row(ReviewView v, long applicationId) {
        List<MyApplication> all = GridKt._findAll(v.grid);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == applicationId) {
                return GridKt._getFormattedRow(v.grid, i);
            }
        }
        throw new AssertionError("no row for application " + applicationId);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void theGridListsTheCampaignsApplications() {
        ReviewView v = navigate("review", ReviewView.class);

        assertThat(GridKt._size(v.grid)).isEqualTo(3);
        assertThat(GridKt._findAll(v.grid)).extracting(MyApplication::fullName)
                .containsExactlyInAnyOrder("Lê Văn Tám", "Trần Văn Bình", "Phạm Thu Dung");
        assertThat(row(v, binh)).contains("Trần Văn Bình", "14/03/1995", "Chuyên viên tổ chức cán bộ",
                "Người dân tộc thiểu số – Chờ xác minh", "Đã nộp, chờ xét duyệt");
        assertThat(row(v, dung)).contains("Phạm Thu Dung", "Chuyên viên pháp chế", "Đã nộp, chờ xét duyệt");
    }

    @Test
    void afterADecisionThePanelStaysOnTheNextApplicationStillWaiting() {
        ReviewView v = navigate("review", ReviewView.class);
        select(v, tam);
        _click(button("accept"));
        // Tám decided: Bình (submitted next) is shown, ready for a decision
        assertThat(v.grid.asSingleSelect().getValue().id()).isEqualTo(binh);
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withId("applicant-name")).getText())
                .isEqualTo("Trần Văn Bình");
        _click(button("accept"));
        // Bình accepted but the priority claim still waits: Bình stays
        assertThat(v.grid.asSingleSelect().getValue().id()).isEqualTo(binh);
        _click(button("confirm-priority-ETHNIC_MINORITY"));
        assertThat(v.grid.asSingleSelect().getValue().id()).isEqualTo(dung);
    }

    @Test
    void theListPagesFromTheDatabase() {
        ReviewView v = navigate("review", ReviewView.class);
        assertThat(v.grid.getDataProvider().isInMemory()).as("a lazy provider, not every application in memory")
                .isFalse();
        assertThat(GridKt._size(v.grid)).isEqualTo(3);
        // a page is what the service returns: the second page of two holds the third application
        assertThat(s.asUser(c.secretary, () -> s.registration.applications(c.id, 1, 2)))
                .extracting(MyApplication::id).containsExactly(dung);
        assertThat(s.asUser(c.secretary, () -> s.registration.countApplications(c.id))).isEqualTo(3);
    }

    @Test
    void rejectingWithoutAReasonIsRefusedOnTheReasonField() {
        ReviewView v = navigate("review", ReviewView.class);
        select(v, tam);

        _click(button("reject"));

        assertThat(v.reason.isInvalid()).isTrue();
        assertThat(v.reason.getErrorMessage()).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(stored().get(tam).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(stored().get(tam).rejectionReason()).isNull();
    }

    @Test
    void publishingWhileApplicationsArePendingShowsAVietnameseNotice() {
        s.closeRegistration(c);
        ReviewView v = navigate("review", ReviewView.class);

        _click(v.publish);

        assertThat(notifications())
                .contains("Còn hồ sơ chưa xét duyệt hoặc đề nghị ưu tiên/miễn thi chưa xác minh.");
        assertThat(stored().values()).allSatisfy(a -> assertThat(a.candidateNumber()).isNull());
    }

    @Test
    void reviewThenPublishGivesNumbersAndRoomsThatCandidatesSee() {
        ReviewView v = navigate("review", ReviewView.class);

        // reject Tám with a reason
        select(v, tam);
        _setValue(v.reason, REASON);
        _click(button("reject"));
        assertThat(notifications()).contains("Đã lưu quyết định.");
        assertThat(row(v, tam)).contains("Không đủ điều kiện");

        // accept Bình and confirm the priority claim
        select(v, binh);
        _click(button("accept"));
        select(v, binh);
        _click(button("confirm-priority-ETHNIC_MINORITY"));
        assertThat(row(v, binh)).contains("Đủ điều kiện dự thi", "Người dân tộc thiểu số – Đã xác nhận");

        // accept Dung
        select(v, dung);
        _click(button("accept"));

        Map<Long, MyApplication> beforePublish = stored();
        assertThat(beforePublish.get(tam).status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(beforePublish.get(tam).rejectionReason()).isEqualTo(REASON);
        assertThat(beforePublish.get(binh).status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(beforePublish.get(binh).priorities()).extracting(c -> c.status())
                .containsExactly(ClaimStatus.CONFIRMED);
        assertThat(beforePublish.get(dung).status()).isEqualTo(ApplicationStatus.ACCEPTED);

        // registration still open: the list cannot be published yet, and the secretary is told why
        _click(v.publish);
        assertThat(notifications()).contains("Chưa công bố được danh sách: kỳ tuyển dụng đang ở trạng thái “Đang"
                + " nhận phiếu”. Kết thúc nhận phiếu tại màn hình Kỳ tuyển dụng trước.");
        s.closeRegistration(c);
        v = navigate("review", ReviewView.class);
        _click(v.publish);
        // the step cannot be undone: first what will happen; cancelled, nothing happens
        assertThat(cancel()).isEqualTo("Công bố danh sách thí sinh đủ điều kiện dự thi: 2 thí sinh được cấp số báo"
                + " danh (TS0001 – TS0002) và xếp vào 1 phòng thi; thí sinh thấy ngay trên trang của mình. Sau khi"
                + " công bố không thể hoàn tác.");
        assertThat(stored().get(binh).candidateNumber()).isNull();
        _click(v.publish);
        confirm();

        assertThat(notifications()).contains("Đã công bố danh sách: 2 thí sinh được cấp số báo danh, 1 phòng thi.");
        assertThat(row(v, binh)).startsWith("TS0001").contains("Phòng 01");
        assertThat(row(v, dung)).startsWith("TS0002").contains("Phòng 01");
        assertThat(row(v, tam).get(0)).isEmpty();
        Map<Long, MyApplication> published = stored();
        assertThat(published.get(binh).candidateNumber()).isEqualTo("TS0001");
        assertThat(published.get(dung).candidateNumber()).isEqualTo("TS0002");
        assertThat(published.get(dung).roomName()).isEqualTo("Phòng 01");
        assertThat(published.get(tam).candidateNumber()).isNull();

        // a numbered application can no longer be decided
        select(v, binh);
        _assertNone(Button.class, spec -> spec.withId("accept"));
        _assertNone(Button.class, spec -> spec.withId("reject"));

        // the rejected candidate sees the reason
        signIn(c.candidates.get(0));
        navigate("my-application", MyApplicationView.class);
        assertThat(_get(Span.class, spec -> spec.withId("application-status")).getText())
                .isEqualTo("Không đủ điều kiện");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rejection-reason")).getText())
                .isEqualTo("Lý do: " + REASON);
        _assertNone(Paragraph.class, spec -> spec.withId("candidate-number"));

        // the accepted candidate sees number, room and the confirmed priority
        signIn(c.candidates.get(1));
        navigate("my-application", MyApplicationView.class);
        assertThat(_get(Span.class, spec -> spec.withId("application-status")).getText())
                .isEqualTo("Đủ điều kiện dự thi");
        assertThat(_get(Paragraph.class, spec -> spec.withId("candidate-number")).getText())
                .isEqualTo("Số báo danh: TS0001 – Phòng 01");
        assertThat(screenText()).contains("Ưu tiên: Người dân tộc thiểu số – Đã xác nhận");
        _assertNone(Paragraph.class, spec -> spec.withId("rejection-reason"));

        // the secretary corrects Tám's rejection: only the decisions that change something are offered, the reason
        // is asked for next to its field, and the list gets version 2
        signIn(c.secretary);
        v = navigate("review", ReviewView.class);
        assertThat(GridKt._findAll(v.versions)).extracting(vn.thituyen.registration.RegistrationService.ListVersion::version)
                .containsExactly(1);
        select(v, tam);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<ReviewView.Choice> what = _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("correction-what"));
        assertThat(what.getListDataView().getItems()).containsExactly(
                new ReviewView.Choice(vn.thituyen.registration.Correction.ACCEPT, null));
        _setValue(what, new ReviewView.Choice(vn.thituyen.registration.Correction.ACCEPT, null));
        _click(button("correct-decision"));
        var why = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("correction-reason"));
        assertThat(error(why)).isEqualTo("Vui lòng nhập thông tin này");
        _assertNone(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        _setValue(why, "Thí sinh bổ sung bằng đúng chuyên ngành, Biên bản số 4/BB-HĐTD");
        _click(button("correct-decision"));
        assertThat(confirm()).startsWith("Sửa quyết định đối với Lê Văn Tám: Chấp nhận hồ sơ");
        assertThat(notifications()).contains("Đã sửa quyết định: danh sách thí sinh đủ điều kiện phiên bản 2.");
        assertThat(row(v, tam)).startsWith("TS0003").contains("Phòng 01", "Đủ điều kiện dự thi");
        assertThat(GridKt._getFormattedRow(v.versions, 1)).startsWith("2").contains(
                "Lê Văn Tám: Chấp nhận hồ sơ (cấp số báo danh và phòng thi) – Thí sinh bổ sung bằng đúng chuyên"
                        + " ngành, Biên bản số 4/BB-HĐTD", c.secretary);
    }

    @Test
    void theSecretarySetsUpRoomsBeforePublishingAndTheListFillsThem() {
        ReviewView v = navigate("review", ReviewView.class);
        var venue = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("room-venue"));
        var name = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("room-name"));
        var capacity = _get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("room-capacity"));
        assertThat(name.getValue()).isEqualTo("Phòng 01");
        _setValue(capacity, 0);
        _click(button("room-add"));
        assertThat(error(capacity)).isEqualTo("Sức chứa từ 1 đến 200 chỗ.");
        assertThat(s.registration.rooms(c.id)).isEmpty();
        _setValue(venue, "Trường Chính trị tỉnh, 95 Nguyễn Lương Bằng");
        _setValue(capacity, 2);
        _setValue(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withId("room-starts")), java.time.LocalDateTime.of(2027, 3, 14, 7, 30));
        _click(button("room-add"));
        assertThat(notifications()).contains("Đã lưu phòng thi Phòng 01.");
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("room-capacity")),
                5);
        _click(button("room-add"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<vn.thituyen.registration.RegistrationService.RoomInfo> rooms = _get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("room-list"));
        assertThat(GridKt._getFormattedRow(rooms, 0)).containsSequence("Phòng 01",
                "Trường Chính trị tỉnh, 95 Nguyễn Lương Bằng", "2", "07:30 14/03/2027");
        assertThat(GridKt._size(rooms)).isEqualTo(2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("room-seats")).getText())
                .isEqualTo("Tổng số chỗ: 7 cho 0 thí sinh đủ điều kiện.");

        s.acceptAllAndPublish(c);
        v = navigate("review", ReviewView.class);
        rooms = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("room-list"));
        assertThat(GridKt._getFormattedRow(rooms, 0)).containsSequence("Phòng 01",
                "Trường Chính trị tỉnh, 95 Nguyễn Lương Bằng", "2", "07:30 14/03/2027", "2");
        assertThat(GridKt._getFormattedRow(rooms, 1)).contains("Phòng 02", "1");
        _assertNone(Button.class, spec -> spec.withId("room-add"));
    }
}
