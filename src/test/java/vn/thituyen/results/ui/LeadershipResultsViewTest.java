package vn.thituyen.results.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.grading.ProposalDefence;
import vn.thituyen.publication.ui.PublicResultsView;
import vn.thituyen.results.LeadershipPapers.PaperInfo;
import vn.thituyen.results.ResultsService;
import vn.thituyen.results.ResultsService.ResultLine;

/**
 * The chair's result screen of a leadership exam (issue 14, behaviour 7 and 8): part 1, part 2 and the final score
 * per candidate; the council's papers as drafts until the chair approves, then frozen; the public list with the
 * leadership columns.
 */
@ApplicationTest
class LeadershipResultsViewTest extends ViewTestBase {

    @Autowired ResultsService results;
    @Autowired ProposalDefence defence;

    @SuppressWarnings("unchecked")
    private static Grid<PaperInfo> papers() {
        return _get(Grid.class, spec -> spec.withId("papers-grid"));
    }

    private static List<String> rows(Grid<?> grid) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            out.add(String.join(" | ", GridKt._getFormattedRow(grid, i)));
        }
        return out;
    }

    @Test
    void theChairSeesThePartsApprovesAndThePapersAreFrozen() {
        Scenario.Leadership l = s.newLeadershipCampaign(false);
        Scenario.Campaign c = l.c();
        List<Long> apps = s.leadershipReady(l, "Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn", "Trần Đức Lợi");
        long tuyet = apps.get(0);
        long an = apps.get(1);
        long loi = apps.get(2);
        s.markWritten(s.markingBoard(c), l.post1(), 1, Map.of(tuyet, "72.5", an, "49.5", loi, "68"));
        s.seatOnCouncil(c, c.grader1, c.grader2);
        for (String member : List.of(c.chair, c.secretary, c.grader1, c.grader2)) {
            s.asUser(member, () -> {
                defence.castBallot(tuyet, List.of(new BigDecimal("42"), new BigDecimal("16"), new BigDecimal("24")));
                defence.castBallot(loi, List.of(new BigDecimal("30"), new BigDecimal("14"), new BigDecimal("20")));
                return null;
            });
        }
        s.asUser(c.chair, () -> {
            defence.closeBallots(l.post1());
            return null;
        });
        s.asUser(c.secretary, () -> results.compute(c.id));

        signIn(c.chair);
        ResultsView v = navigate("results", ResultsView.class);
        assertThat(rows(v.grid)).anySatisfy(r -> assertThat(r).contains("Nguyễn Thị Ánh Tuyết", "72,5", "82", "Trúng tuyển"))
                .anySatisfy(r -> assertThat(r).contains("Phạm Ngọc Ẩn", "49,5", "Phần thi viết dưới 50 điểm"));
        // before approval: drafts, each downloadable
        assertThat(rows(papers())).hasSize(4).allSatisfy(r -> assertThat(r).contains("Dự thảo"));
        assertThat(rows(papers()).getFirst()).contains("Trưởng phòng Tổ chức cán bộ",
                "Biên bản tổng hợp kết quả phần thi viết");
        assertThat(rows(papers()).getLast()).contains("Tất cả chức danh", "Báo cáo kết quả thi tuyển");
        assertThat(GridKt._getCellComponent(papers(), 3, "download")).isInstanceOfSatisfying(Anchor.class,
                a -> assertThat(a.getText()).isEqualTo("Tải PDF"));

        _click(_get(Button.class, spec -> spec.withId("approve-results")));
        confirm();
        assertThat(rows(papers())).hasSize(4).allSatisfy(r -> assertThat(r).contains("Đã khóa ngày", "SHA-256")
                .doesNotContain("Dự thảo"));

        s.asUser(c.secretary, () -> {
            results.publish(results.latest(c.id).orElseThrow().id(), "12/TB-HĐTT");
            return null;
        });
        signOut();
        navigate("public/results", PublicResultsView.class);
        @SuppressWarnings("unchecked")
        Grid<ResultLine> pub = _get(Grid.class, spec -> spec.withId("public-results-"
                + s.campaigns.campaign(c.id).code()));
        assertThat(pub.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Chức danh", "Phần 1 (thi viết)", "Phần 2 (đề án)", "Điểm xét trúng tuyển")
                .doesNotContain("Điểm ưu tiên");
        assertThat(rows(pub)).anySatisfy(r -> assertThat(r).contains("Nguyễn Thị Ánh Tuyết", "72,5", "82",
                "Trúng tuyển"));

        // each candidate reads their own parts on their page: no rounds, no priority points
        signIn(c.candidates.get(0));
        navigate("my-application", vn.thituyen.registration.ui.MyApplicationView.class);
        assertThat(_get(FormLayout.class, spec -> spec.withId("my-result")).getElement().getTextRecursively())
                .contains("Phần 1 (thi viết)", "72,5", "Phần 2 (đề án)", "82", "Điểm xét trúng tuyển", "Trúng tuyển")
                .doesNotContain("Vòng 1", "Điểm ưu tiên");
        signIn(c.candidates.get(1));
        navigate("my-application", vn.thituyen.registration.ui.MyApplicationView.class);
        assertThat(_get(FormLayout.class, spec -> spec.withId("my-result")).getElement().getTextRecursively())
                .contains("Phần 1 (thi viết)", "49,5", "Phần thi viết dưới 50 điểm")
                .doesNotContain("Phần 2 (đề án)", "Vòng 1");
    }
}
