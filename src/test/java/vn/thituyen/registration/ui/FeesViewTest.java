package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.registration.FeeService;
import vn.thituyen.registration.FeeServiceTest;

/** The fee screen (route "fees"): the secretary records receipts and takes a statement; the chair reads. */
@ApplicationTest
class FeesViewTest extends ViewTestBase {

    private Scenario.Campaign c;
    private long an;
    private long binh;

    @BeforeEach
    void twoCandidates() {
        c = newCampaign();
        an = s.apply(c, c.position1, "Nguyễn Văn An", null);
        binh = s.apply(c, c.position2, "Trần Thị Bình", null);
        signIn(c.secretary);
    }

    private static void select(FeesView v, long applicationId) {
        FeeService.Line line = GridKt._findAll(v.grid).stream().filter(l -> l.applicationId() == applicationId)
                .findFirst().orElseThrow();
        GridKt._select(v.grid, line);
    }

    @Test
    void theSecretaryRecordsAReceiptADuplicateIsRefusedNextToItsFieldAndUnpaidAreFiltered() {
        FeesView v = navigate("fees", FeesView.class);
        assertThat(v.summary.getText()).contains("500.000 đồng").contains("Đã nộp: 0; chưa nộp: 2");
        select(v, an);
        assertThat(v.amount.getValue()).isEqualTo(500_000); // the fee by default
        _setValue(v.receipt, "BL 0001");
        _click(_get(Button.class, spec -> spec.withId("fee-record")));
        assertThat(notifications()).contains("Đã ghi nhận khoản nộp lệ phí");
        assertThat(v.summary.getText()).contains("Đã nộp: 1; chưa nộp: 1");
        // each candidate reads their own fee on their page
        signIn(c.candidates.get(0));
        navigate("my-application", MyApplicationView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("my-fee")).getText())
                .startsWith("Lệ phí dự tuyển: đã nộp 500.000 đồng (biên lai BL 0001, ngày ");
        signIn(c.candidates.get(1));
        navigate("my-application", MyApplicationView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("my-fee")).getText())
                .startsWith("Lệ phí dự tuyển: 500.000 đồng – chưa nộp.");
        signIn(c.secretary);
        v = navigate("fees", FeesView.class);
        // the same receipt number for Bình, and a date in the future: said next to each field
        select(v, binh);
        _setValue(v.receipt, "bl 0001");
        _setValue(v.paidOn, LocalDate.ofInstant(s.clock.instant(), ClockConfiguration.ZONE).plusDays(3));
        _click(_get(Button.class, spec -> spec.withId("fee-record")));
        assertThat(v.receipt.isInvalid()).isTrue();
        assertThat(v.receipt.getErrorMessage()).isEqualTo("Số biên lai này đã được dùng trong kỳ tuyển dụng");
        assertThat(v.paidOn.getErrorMessage()).isEqualTo("Ngày nộp không được sau hôm nay");
        // only the unpaid
        _setValue(v.unpaidOnly, true);
        assertThat(GridKt._findAll(v.grid)).extracting(FeeService.Line::fullName).containsExactly("Trần Thị Bình");
        _setValue(v.unpaidOnly, false);
        // cancel An's payment with a reason, after the question
        select(v, an);
        _setValue(v.cancelReason, "Ghi nhầm số biên lai");
        _click(_get(Button.class, spec -> spec.withId("fee-cancel")));
        assertThat(confirm()).contains("BL 0001").contains("Nguyễn Văn An");
        assertThat(v.summary.getText()).contains("Đã nộp: 0; chưa nộp: 2");
    }

    @Test
    void aStatementWithABadRowShowsTheRowAndStoresNothingAGoodOneIsTakenOnConfirm() throws Exception {
        var ids = s.asUser(c.secretary, () -> s.registration.applications(c.id)).stream().collect(
                java.util.stream.Collectors.toMap(a -> a.id(), a -> a.citizenId()));
        LocalDate yesterday = LocalDate.ofInstant(s.clock.instant(), ClockConfiguration.ZONE).minusDays(1);
        FeesView v = navigate("fees", FeesView.class);
        v.showPreview(FeeServiceTest.statement(new Object[] {yesterday, 500_000d, "FT1", "CCCD " + ids.get(an)},
                new Object[] {yesterday, 500_000d, "FT2", "tien dien thang 3"}), "saoke.xlsx");
        assertThat(_get(Paragraph.class, spec -> spec.withId("fee-statement-refused")).getText())
                .contains("1 lỗi");
        var problems = GridKt._findAll(_get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("fee-statement-problems")));
        assertThat(problems).hasSize(1);
        assertThat(GridKt._getFormattedRow(_get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("fee-statement-problems")), 0)).containsExactly("5",
                "Nội dung không có số CCCD hay số báo danh của thí sinh nào trong kỳ: tien dien thang 3");
        _assertNone(Button.class, spec -> spec.withId("fee-statement-take"));
        assertThat(v.summary.getText()).contains("chưa nộp: 2");
        v.showPreview(FeeServiceTest.statement(new Object[] {yesterday, 500_000d, "FT1", "CCCD " + ids.get(an)},
                new Object[] {yesterday, 500_000d, "FT2", "le phi " + ids.get(binh)}), "saoke.xlsx");
        _click(_get(Button.class, spec -> spec.withId("fee-statement-take")));
        assertThat(notifications()).contains("Đã ghi nhận 2 khoản nộp từ sao kê");
        assertThat(v.summary.getText()).contains("Đã nộp: 2; chưa nộp: 0");
    }

    @Test
    void theChairReadsTheListButRecordsNothing() {
        s.asUser(c.secretary, () -> ctx.getBean(FeeService.class).record(an, new FeeService.PaymentDraft("BL 9",
                LocalDate.ofInstant(s.clock.instant(), ClockConfiguration.ZONE), null)));
        signIn(c.chair);
        FeesView v = navigate("fees", FeesView.class);
        assertThat(GridKt._findAll(v.grid)).hasSize(2);
        select(v, binh);
        _assertNone(Button.class, spec -> spec.withId("fee-record"));
        _assertNone(com.vaadin.flow.component.upload.Upload.class);
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("fee-export"));
    }
}
