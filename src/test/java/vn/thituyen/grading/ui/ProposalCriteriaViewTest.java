package vn.thituyen.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.grading.ProposalDefence;
import vn.thituyen.grading.domain.BallotRule;

/**
 * The đề án criteria on screen: the chair edits and saves them, the running total says how far from 100 they are; a
 * set that does not make 100 is refused on screen and nothing is stored; the secretary only reads them; once a
 * ballot is cast nobody changes them, and the screen says why.
 */
@ApplicationTest
class ProposalCriteriaViewTest extends ViewTestBase {

    private static TextField name(int n) {
        return _get(TextField.class, spec -> spec.withId("criterion-name-" + n));
    }

    private static IntegerField weight(int n) {
        return _get(IntegerField.class, spec -> spec.withId("criterion-weight-" + n));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String sum() {
        return _get(Span.class, spec -> spec.withId("criteria-sum")).getText();
    }

    private List<BallotRule.Criterion> stored(Scenario.Campaign c) {
        return s.asUser(c.secretary, () -> ctx.getBean(ProposalDefence.class).criteria(c.id));
    }

    private long rowsStored(Scenario.Campaign c) {
        return s.jdbc.queryForObject("SELECT COUNT(*) FROM proposal_criterion WHERE campaign_id = ?", Long.class,
                c.id);
    }

    @Test
    void theChairEditsTheCriteriaWithARunningTotalAndSavesThem() {
        Scenario.Campaign c = s.newLeadershipCampaign(false).c();
        signIn(c.chair);
        ProposalCriteriaView v = navigate("leadership/criteria", ProposalCriteriaView.class);
        // the usual three until the campaign has its own
        assertThat(v.rows).hasSize(3);
        assertThat(name(1).getValue()).isEqualTo("Nội dung và tính khả thi của đề án");
        assertThat(name(1).getLabel()).isEqualTo("Tiêu chí 1");
        assertThat(sum()).isEqualTo("Tổng: 100/100");

        _setValue(weight(1), 40);
        assertThat(sum()).isEqualTo("Tổng: 90/100");
        _click(button("criteria-add"));
        _click(button("criteria-add"));
        assertThat(v.rows).hasSize(5);
        _setValue(name(4), "Kinh nghiệm quản lý");
        _setValue(weight(4), 10);
        _setValue(name(5), "Thừa");
        _setValue(weight(5), 5);
        assertThat(sum()).isEqualTo("Tổng: 105/100");
        _click(button("criterion-remove-5"));
        assertThat(v.rows).hasSize(4);
        assertThat(sum()).isEqualTo("Tổng: 100/100");
        _setValue(name(2), "  Trình bày đề án trước hội đồng ");
        _click(button("criteria-save"));

        assertThat(notifications()).contains("Đã lưu tiêu chí chấm đề án.");
        assertThat(stored(c)).containsExactly(
                new BallotRule.Criterion("Nội dung và tính khả thi của đề án", 40),
                new BallotRule.Criterion("Trình bày đề án trước hội đồng", 20),
                new BallotRule.Criterion("Trả lời câu hỏi của hội đồng", 30),
                new BallotRule.Criterion("Kinh nghiệm quản lý", 10));
        // the screen shows what was stored
        navigate("leadership/criteria", ProposalCriteriaView.class);
        assertThat(name(4).getValue()).isEqualTo("Kinh nghiệm quản lý");
        assertThat(weight(4).getValue()).isEqualTo(10);
    }

    @Test
    void criteriaThatDoNotMakeAHundredAreRefusedNextToTheirFieldsAndNothingIsStored() {
        Scenario.Campaign c = s.newLeadershipCampaign(false).c();
        signIn(c.chair);
        navigate("leadership/criteria", ProposalCriteriaView.class);
        _setValue(weight(3), 25);
        _setValue(name(2), " ");
        _setValue(name(3), "trình bày  ĐỀ ÁN");
        assertThat(sum()).isEqualTo("Tổng: 95/100");
        _click(button("criteria-save"));

        assertThat(error(name(2))).isEqualTo("Tiêu chí 2: tên không được để trống và không quá 200 ký tự.");
        assertThat(error(weight(3))).isNull();
        Paragraph sumError = _get(Paragraph.class, spec -> spec.withId("criteria-error"));
        assertThat(sumError.getText()).isEqualTo("Tổng điểm tối đa của các tiêu chí phải bằng 100 (hiện là 95).");
        assertThat(sumError.isVisible()).isTrue();
        // right under the running total
        var parent = sumError.getParent().orElseThrow();
        assertThat(parent.getElement().indexOfChild(sumError.getElement()))
                .isEqualTo(parent.getElement().indexOfChild(_get(Span.class, spec -> spec.withId("criteria-sum"))
                        .getElement()) + 1);
        assertThat(notifications()).doesNotContain("Đã lưu tiêu chí chấm đề án.");
        assertThat(rowsStored(c)).isZero();

        // a name typed twice (case and spaces aside) is refused on the second
        _setValue(name(2), "Trình bày đề án");
        _setValue(weight(3), 30);
        _click(button("criteria-save"));
        assertThat(error(name(2))).isNull();
        assertThat(error(name(3))).isEqualTo("Tiêu chí 3 trùng tên với tiêu chí 2.");
        assertThat(sumError.isVisible()).isFalse();
        assertThat(rowsStored(c)).isZero();

        // in English too
        signIn(c.chair);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(vn.thituyen.common.Messages.ENGLISH);
        navigate("leadership/criteria", ProposalCriteriaView.class);
        _setValue(weight(1), 45);
        assertThat(sum()).isEqualTo("Total: 95/100");
        _click(button("criteria-save"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("criteria-error")).getText())
                .isEqualTo("The criteria's maximum points must add up to 100 (now 95).");
        assertThat(rowsStored(c)).isZero();
    }

    @Test
    void theSecretaryReadsTheCriteriaAndNobodyChangesThemOnceABallotIsCast() {
        Scenario.Leadership l = s.newLeadershipCampaign(false);
        Scenario.Campaign c = l.c();
        signIn(c.secretary);
        ProposalCriteriaView v = navigate("leadership/criteria", ProposalCriteriaView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("criteria-read-only")).getText())
                .isEqualTo("Chỉ Chủ tịch Hội đồng hoặc quản trị hệ thống sửa được tiêu chí chấm đề án.");
        assertThat(name(1).isReadOnly()).isTrue();
        assertThat(weight(1).isReadOnly()).isTrue();
        assertThat(v.rows).hasSize(3);
        _assertNone(Button.class, spec -> spec.withId("criteria-save"));
        _assertNone(Button.class, spec -> spec.withId("criteria-add"));

        List<Long> apps = s.leadershipReady(l, "Nguyễn Thị Ánh Tuyết", "Trần Đức Lợi");
        s.markWritten(s.markingBoard(c), l.post1(), 1, Map.of(apps.get(0), "72.5", apps.get(1), "68"));
        s.asUser(c.chair, () -> {
            ctx.getBean(ProposalDefence.class).castBallot(apps.get(0), List.of(new BigDecimal("40"),
                    new BigDecimal("16"), new BigDecimal("24")));
            return null;
        });

        signIn(c.chair);
        navigate("leadership/criteria", ProposalCriteriaView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("criteria-read-only")).getText())
                .isEqualTo("Đã có phiếu chấm đề án được nộp theo các tiêu chí này nên không thể sửa tiêu chí nữa.");
        assertThat(name(1).isReadOnly()).isTrue();
        assertThat(weight(3).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("criteria-save"));
        _assertNone(Button.class, spec -> spec.withId("criterion-remove-1"));
        assertThat(sum()).isEqualTo("Tổng: 100/100");
    }
}
