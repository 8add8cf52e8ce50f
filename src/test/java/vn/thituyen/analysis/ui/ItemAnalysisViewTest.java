package vn.thituyen.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.analysis.AnalysisFixture;
import vn.thituyen.analysis.KeyCorrectionService.CorrectionInfo;
import vn.thituyen.analysis.KeyCorrectionService.Row;
import vn.thituyen.analysis.domain.ItemAnalysis.ItemStats;
import vn.thituyen.analysis.domain.KeyCorrectionProposal;
import vn.thituyen.questionbank.BlueprintService;

/** Item analysis (route "item-analysis"): statistics of a finished sitting, exports, and the key-correction flow. */
@ApplicationTest
class ItemAnalysisViewTest extends ViewTestBase {

    @Autowired BlueprintService blueprints;

    private Scenario.Campaign c;
    private String author;
    private long a;
    private long b;
    private long q;
    private int k;
    private int x;

    /**
     * A finished sitting of four candidates whose part 1 comes from questions of their own; A chose X on question
     * Q (29 right: fail), B chose the key K (30 right: pass).
     */
    private void finishedSitting() {
        c = newCampaign();
        author = AnalysisFixture.author(s, c);
        AnalysisFixture.isolatePart1(s, blueprints, c);
        List<Long> apps = List.of(s.apply(c, c.position1, "Nguyễn Văn An", null),
                s.apply(c, c.position1, "Trần Thị Bích", null), s.apply(c, c.position2, "Lê Văn Cường", null),
                s.apply(c, c.position2, "Phạm Thị Dung", null));
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        Map.Entry<Long, List<Long>> shared = AnalysisFixture.sharedQuestion(s, apps);
        q = shared.getKey();
        a = shared.getValue().get(0);
        b = shared.getValue().get(1);
        k = Scenario.singleKeys(s.examQuestions.answerKeys(List.of(q))).get(q);
        x = (k + 1) % 4;
        AnalysisFixture.sit(s, a, AnalysisFixture.rightOn(29, q, x), AnalysisFixture.ALL_RIGHT);
        AnalysisFixture.sit(s, b, AnalysisFixture.rightOn(29, q, k), AnalysisFixture.ALL_RIGHT);
        int right = 45;
        for (long other : apps) {
            if (other != a && other != b) {
                s.sit(other, right, 20);
                right = 12;
            }
        }
        s.asUser(c.secretary, () -> {
            s.console.closeSitting(sitting);
            return null;
        });
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theBoardSeesTheStatisticsOfAFinishedSittingAndDownloadsThem() {
        finishedSitting();
        signIn(author);
        assertThat(menu()).contains("Phân tích câu hỏi thi");
        ItemAnalysisView view = navigate("item-analysis", ItemAnalysisView.class);

        assertThat(view.campaign.getValue().id()).as("the newest campaign with finished parts").isEqualTo(c.id);
        assertThat(view.part.getValue().partNo()).isEqualTo(1);
        assertThat(view.sitting.getValue()).as("all sittings").isNull();
        assertThat(text("stat-candidates")).isEqualTo("4");
        assertThat(text("stat-items")).isEqualTo("60");
        assertThat(text("stat-mean")).isEqualTo("29,00");   // (29 + 30 + 45 + 12) / 4, with a Vietnamese comma
        assertThat(text("stat-min")).isEqualTo("12");
        assertThat(text("stat-max")).isEqualTo("45");
        assertThat(text("stat-kr20")).isNotBlank();
        assertThat(DownloadKt.download(view.chart)).as("the score chart, a PNG").startsWith(0x89, 'P', 'N', 'G');

        // every question given, its share of each option, the key marked
        List<ItemStats> items = GridKt._findAll(view.questions);
        assertThat(items.stream().mapToInt(ItemStats::exposures).sum()).isEqualTo(4 * 60);
        int row = items.indexOf(items.stream().filter(i -> i.questionId() == q).findFirst().orElseThrow());
        List<String> cells = GridKt._getFormattedRow(view.questions, row);
        assertThat(cells.get(0)).isEqualTo(String.valueOf(q));
        assertThat(cells.get(2)).isEqualTo(letter(k));
        assertThat(cells).anySatisfy(cell -> assertThat(cell).endsWith("✓"));

        // the flagged ones come first, and can be shown alone
        long flagged = items.stream().filter(i -> !i.flags().isEmpty()).count();
        assertThat(items.subList(0, (int) flagged)).allMatch(i -> !i.flags().isEmpty());
        assertThat(view.flaggedCount.getText()).isEqualTo(flagged + " trên " + items.size() + " câu hỏi cần xem lại");
        _setValue(view.onlyFlagged, true);
        assertThat(GridKt._size(view.questions)).isEqualTo((int) flagged);
        _setValue(view.onlyFlagged, false);

        // part 2 (the English bank) and one sitting
        _setValue(view.part, view.part.getListDataView().getItems().filter(p -> p.partNo() == 2).findFirst()
                .orElseThrow());
        assertThat(text("stat-items")).isEqualTo("30");
        _setValue(view.sitting, view.sitting.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(text("stat-candidates")).isEqualTo("4");

        byte[] xlsx = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("analysis-xlsx")));
        assertThat(xlsx).startsWith('P', 'K');
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("analysis-pdf")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void onlyTheQuestionBoardAndTheChairMayOpenIt() {
        c = newCampaign();
        for (String staff : List.of(c.secretary, c.invigilator, c.grader1)) {
            signIn(staff);
            assertThat(menu()).as(staff).isNotEmpty().doesNotContain("Phân tích câu hỏi thi");
            assertThat(accessDenied("item-analysis")).as(staff).isTrue();
        }
        signIn(c.chair);
        assertThat(menu()).contains("Phân tích câu hỏi thi");
        navigate("item-analysis", ItemAnalysisView.class);
    }

    @Test
    void theBoardProposesACorrectedKeyAndTheChairApprovesItAfterSeeingBeforeAndAfter() {
        finishedSitting();
        signIn(author);
        ItemAnalysisView view = navigate("item-analysis", ItemAnalysisView.class);
        assertThat(view.propose.isEnabled()).isFalse();
        GridKt._select(view.questions, item(view, q));
        _click(view.propose);

        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> newKey = _get(CheckboxGroup.class, spec -> spec.withId("keyfix-new-key"));
        assertThat(newKey.getValue()).containsExactly(k);
        _setValue(newKey, Set.of(x));
        _click(_get(Button.class, spec -> spec.withId("keyfix-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("keyfix-reason"));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        _setValue(reason, "Đáp án " + letter(k) + " sai theo Luật Cán bộ, công chức sửa đổi năm 2019.");
        _click(_get(Button.class, spec -> spec.withId("keyfix-save")));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("Đã gửi đề xuất số"));
        _assertNone(CheckboxGroup.class, spec -> spec.withId("keyfix-new-key"));

        // the proposal is listed with its before/after; the author cannot approve
        CorrectionInfo proposal = view.corrections.asSingleSelect().getValue();
        assertThat(proposal.status()).isEqualTo(KeyCorrectionProposal.Status.PROPOSED);
        assertThat(proposal.questionId()).isEqualTo(q);
        assertThat(rowOf(view, a).scoreAfter()).isEqualTo(30);
        assertThat(rowOf(view, b).scoreAfter()).isEqualTo(29);
        assertThat(view.summary.getText()).contains("chuyển sang đạt");
        assertThat(view.approve.isVisible()).isFalse();

        // the chair opens it, sees the same before/after and approves
        signIn(c.chair);
        view = navigate("item-analysis", ItemAnalysisView.class);
        GridKt._select(view.corrections, GridKt._findAll(view.corrections).stream()
                .filter(i -> i.id() == proposal.id()).findFirst().orElseThrow());
        assertThat(rowOf(view, a).passedAfter()).isTrue();
        assertThat(view.approve.isVisible()).isTrue();
        assertThat(view.approve.isEnabled()).isTrue();
        _click(view.approve);
        _click(_get(Button.class, spec -> spec.withId("keyfix-confirm-approve")));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("Đã phê duyệt"));

        // the analysis is computed again with the new key; the correction is listed as approved
        ItemStats corrected = item(view, q);
        assertThat(corrected.key()).containsExactly(x);
        assertThat(view.corrections.asSingleSelect().getValue().status())
                .isEqualTo(KeyCorrectionProposal.Status.APPROVED);
        assertThat(view.approve.isVisible()).isFalse();
        assertThat(AnalysisFixture.part(s, a, 1).getCorrectCount()).isEqualTo(30);
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("keyfix-pdf")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aRejectionNeedsAReason() {
        finishedSitting();
        long id = s.asUser(author, () -> ctx.getBean(vn.thituyen.analysis.KeyCorrectionService.class)
                .propose(q, Set.of(x), "Có thể đáp án sai, đề nghị xem lại."));
        signIn(c.chair);
        ItemAnalysisView view = navigate("item-analysis", ItemAnalysisView.class);
        GridKt._select(view.corrections, GridKt._findAll(view.corrections).stream().filter(i -> i.id() == id)
                .findFirst().orElseThrow());
        _click(view.reject);
        assertThat(view.rejectReason.isInvalid()).isTrue();
        _setValue(view.rejectReason, "Đáp án gốc đúng.");
        _click(view.reject);
        assertThat(view.corrections.asSingleSelect().getValue().status())
                .isEqualTo(KeyCorrectionProposal.Status.REJECTED);
        assertThat(view.reject.isVisible()).isFalse();
        assertThat(AnalysisFixture.part(s, a, 1).getCorrectCount()).isEqualTo(29);
    }

    /** The labels of the menu (side navigation) on the user's start page. */
    private static List<String> menu() {
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream()
                .map(SideNavItem::getLabel).toList();
    }

    private static ItemStats item(ItemAnalysisView view, long questionId) {
        return GridKt._findAll(view.questions).stream().filter(i -> i.questionId() == questionId).findFirst()
                .orElseThrow();
    }

    private Row rowOf(ItemAnalysisView view, long applicationId) {
        long attemptId = s.attemptOf(applicationId);
        return GridKt._findAll(view.beforeAfter).stream().filter(r -> r.attemptId() == attemptId).findFirst()
                .orElseThrow();
    }

    private static boolean accessDenied(String route) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route);
        var chain = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        String shown = ((com.vaadin.flow.component.Component) chain.get(0)).getElement().getTextRecursively();
        return chain.size() == 1 && shown.contains("Access is denied by annotations on the view");
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
