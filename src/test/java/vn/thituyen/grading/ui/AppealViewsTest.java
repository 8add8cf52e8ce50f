package vn.thituyen.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.grading.WrittenMarkingService.MarkerPair;
import vn.thituyen.grading.domain.WrittenPart.Purpose;
import vn.thituyen.identity.Role;
import vn.thituyen.results.ResultsService;
import vn.thituyen.results.ui.ResultsView;

/**
 * Issue 13 § 7 on the screens: the candidate files an appeal (and is told why the interview cannot be appealed),
 * the secretary records the fee, the appeals board head takes it into re-marking, the candidate reads the outcome,
 * and the secretary computes the results again after appeals.
 */
@ApplicationTest
class AppealViewsTest extends ViewTestBase {

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void fromTheCandidatesAppealToTheResultsAfterAppeals() {
        Scenario.Campaign c = newCampaign(RuleSet.CIVIL_SERVANT_2025, List.of(
                new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, new BigDecimal("50")),
                new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, new BigDecimal("50"))));
        Scenario.MarkingBoard b = s.markingBoard(c);
        Scenario.AppealsBoard appealsBoard = s.appealsBoard(c);
        String head = appealsBoard.head();
        long[] reviewers = {appealsBoard.reviewerIds().get(0), appealsBoard.reviewerIds().get(1)};
        long an = s.apply(c, c.position1, "Nguyễn Thị An", null);
        long cuc = s.apply(c, c.position1, "Lê Thị Cúc", null);
        String cucUser = c.candidates.get(1);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45);
        s.sit(cuc, 50);
        s.interview(c, an, "60", "60");
        s.interview(c, cuc, "90", "90");
        s.markWritten(b, c.position1, 1, Map.of(an, "80", cuc, "45"));
        ResultsService results = ctx.getBean(ResultsService.class);
        long v1 = s.asUser(c.secretary, () -> results.compute(c.id));
        s.asUser(c.chair, () -> {
            results.approve(v1);
            return null;
        });
        s.asUser(c.secretary, () -> {
            results.publish(v1, "9/TB-HĐTD");
            return null;
        });

        // the candidate's page: round 2 part by part, and the way to appeal while the window is open
        signIn(cucUser);
        navigate("my-application", vn.thituyen.registration.ui.MyApplicationView.class);
        assertThat(_get(com.vaadin.flow.component.formlayout.FormLayout.class, spec -> spec.withId("my-result"))
                .getElement().getTextRecursively()).contains("Vòng 2 – Phần 1: Thi viết", "45/100 điểm (trọng số 70 %)",
                "Vòng 2 – Phần 2: Phỏng vấn", "90/100 điểm (trọng số 30 %)");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("my-appeal")).getElement()
                .getTextRecursively()).contains("Bạn có thể nộp đơn phúc khảo bài thi viết đến hết ngày");
        _click(button("appeal-button"));
        _get(MyAppealsView.class);

        // the candidate: the written paper may be appealed, the interview not (said why)
        MyAppealsView mine = navigate("my-appeals", MyAppealsView.class);
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("appeal-refusal-2"))))
                .contains("Chỉ được phúc khảo bài thi viết");
        _click(button("file-appeal-1"));
        assertThat(confirm()).contains("150.000 đồng");
        assertThat(notifications()).contains("Đã nộp đơn phúc khảo phần thi 1.");
        assertThat(GridKt._getFormattedRow(mine.filed, 0)).contains("Chờ nộp phí");
        navigate("my-application", vn.thituyen.registration.ui.MyApplicationView.class);
        assertThat(button("appeal-button").getText()).isEqualTo("Xem đơn phúc khảo");

        // the secretary: the receipt is asked for next to its field, then recorded
        signIn(c.secretary);
        AppealsView list = navigate("appeals", AppealsView.class);
        GridKt._selectRow(list.grid, 0);
        _click(button("record-fee"));
        assertThat(error(list.receipt)).isNotBlank();
        _setValue(list.receipt, "BL-0012");
        _setValue(list.paidOn, LocalDate.now(s.clock.withZone(ClockConfiguration.ZONE)));
        _click(button("record-fee"));
        assertThat(notifications()).anyMatch(n -> n.startsWith("Đã ghi nhận phí phúc khảo"));
        assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("Đã nộp phí, chờ chấm phúc khảo");

        // the window closes; the appeals board head takes the paid appeal into re-marking on the board screen
        s.clock.advance(Duration.ofDays(20));
        signIn(head);
        navigate("marking/board", MarkingBoardView.class);
        _click(button("take-in-appeals"));
        confirm();
        assertThat(notifications()).contains("Đã chuyển 1 bài thi đi chấm phúc khảo.");
        s.asUser(head, () -> s.writtenMarking.drawBundles(c.position1, 1, Purpose.APPEAL,
                List.of(new MarkerPair(reviewers[0], reviewers[1]))));
        for (int i = 0; i < 2; i++) {
            String reviewer = appealsBoard.reviewers().get(i);
            long script = s.asUser(reviewer, () -> s.writtenMarking.myScripts(c.id)).get(0).scriptId();
            s.asUser(reviewer, () -> s.writtenMarking.enterMarks(script, List.of(new BigDecimal("60"))));
        }
        s.asUser(b.anon(), () -> s.writtenMarking.openKey(c.position1, 1, Purpose.APPEAL));

        // the candidate is told the outcome (inbox and email), then reads it on the appeals screen
        assertThat(ctx.getBean(vn.thituyen.notices.domain.NoticeRepository.class).findAll().stream()
                .filter(n -> n.getApplicationId() == cuc && n.getKind() == vn.thituyen.notices.NoticeKind.APPEAL_DECIDED))
                .singleElement().satisfies(n -> assertThat(n.getBody()).contains("bài thi phần 1",
                        "điểm trước phúc khảo 45, điểm sau phúc khảo 60 (có thay đổi)"));
        signIn(cucUser);
        mine = navigate("my-appeals", MyAppealsView.class);
        assertThat(GridKt._getFormattedRow(mine.filed, 0)).contains("Đã có kết quả phúc khảo", "Thay đổi: 45 → 60");

        // the secretary computes the results after appeals: a new draft version beside the published one
        signIn(c.secretary);
        navigate("results", ResultsView.class);
        _click(button("compute-after-appeals"));
        assertThat(confirm()).contains("phiên bản 2");
        assertThat(notifications()).contains("Đã tính phiên bản 2 của kết quả sau phúc khảo.");
        assertThat(results.published(c.id).orElseThrow().version()).isEqualTo(1);
        assertThat(s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow().lines())
                .filteredOn(l -> l.applicationId() == cuc).singleElement()
                .satisfies(l -> assertThat(l.outcome()).isEqualTo("WINNER"));
    }
}
