package vn.thituyen.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;

/**
 * A spread of 10 points or more goes to the council chair when the campaign escalates (option CHAIR_ESCALATION,
 * (?)): the head sees it waiting for the chair and cannot decide it; the chair decides on route "interviews/chair".
 */
@ApplicationTest
class ChairScoreViewTest extends ViewTestBase {

    @Autowired CampaignRules rules;

    @Test
    void theChairDecidesASpreadOfTenWithAReason() {
        Scenario.Campaign c = newCampaign();
        long an = s.apply(c, c.position1, "Nguyễn Thị An", null);
        long ba = s.apply(c, c.position1, "Trần Văn Ba", null);
        s.acceptAllAndPublish(c);
        s.asUser(c.secretary, () -> {
            rules.setOption(c.id, RuleSet.Option.CHAIR_ESCALATION, true, "Quy chế của Hội đồng: chênh lệch từ 10 điểm");
            return null;
        });
        s.openSittings(c);
        s.sit(an, 40, 20);
        s.sit(ba, 40, 20);
        s.interview(c, an, "70", "60");   // spread 10: the chair
        s.interview(c, ba, "70", "62");   // spread 8: the head

        signIn(c.grader1);
        InterviewView head = navigate("interviews", InterviewView.class);
        assertThat(head.rule.getText()).contains("lớn hơn 5 và dưới 10 điểm thì Trưởng ban quyết định",
                "từ 10 điểm trở lên thì Chủ tịch Hội đồng quyết định (?)");
        assertThat(GridKt._getFormattedRow(head.grid, rowOf(head, an)))
                .contains("Chênh lệch 10 điểm – chờ Chủ tịch Hội đồng quyết định");
        assertThat(GridKt._getFormattedRow(head.grid, rowOf(head, ba)))
                .contains("Chênh lệch 8 điểm – chờ Trưởng ban quyết định");
        GridKt._selectRow(head.grid, rowOf(head, an));
        _assertNone(Button.class, spec -> spec.withId("decide-score"));
        assertThatThrownBy(() -> s.asUser(c.grader1, () -> {
            s.grading.decideScore(an, new BigDecimal("65"), "Ban thống nhất");
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.board.chairDecides");

        signIn(c.chair);
        ChairScoreView chair = navigate("interviews/chair", ChairScoreView.class);
        assertThat(GridKt._findAll(chair.grid)).extracting(r -> r.fullName()).containsExactly("Nguyễn Thị An");
        assertThat(GridKt._getFormattedRow(chair.grid, 0)).contains("Đỗ Trưởng Ban: 70; Hoàng Thành Viên: 60",
                "Chênh lệch 10 điểm – chờ Chủ tịch Hội đồng quyết định");
        GridKt._selectRow(chair.grid, 0);
        _setValue(chair.decidedScore, "66,5");
        _click(_get(Button.class, spec -> spec.withId("chair-decide-score")));
        assertThat(chair.reason.isInvalid()).isTrue();
        assertThat(s.grading.round2Scores(c.id).get(an).score()).isNull();

        GridKt._selectRow(chair.grid, 0);
        _setValue(chair.decidedScore, "66,5");
        _setValue(chair.reason, "Chủ tịch Hội đồng quyết định sau khi nghe Ban trao đổi");
        _click(_get(Button.class, spec -> spec.withId("chair-decide-score")));
        assertThat(notifications()).contains("Đã lưu.");
        assertThat(GridKt._getFormattedRow(chair.grid, 0))
                .contains("Điểm do Chủ tịch Hội đồng quyết định: 66,5 (chênh lệch 10)");
        assertThat(s.grading.round2Scores(c.id).get(an).score()).isEqualByComparingTo("66.5");
        // the head's band stays the head's
        assertThatThrownBy(() -> s.asUser(c.chair, () -> {
            s.grading.decideScoreAsChair(ba, new BigDecimal("66"), "thử");
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.board.noChairDecisionNeeded");

        signIn(c.grader1);
        head = navigate("interviews", InterviewView.class);
        assertThat(GridKt._getFormattedRow(head.grid, rowOf(head, an)))
                .contains("Điểm do Chủ tịch Hội đồng quyết định: 66,5 (chênh lệch 10)");
    }

    @Test
    void withoutEscalationTheChairsPageSaysSo() {
        Scenario.Campaign c = newCampaign();   // CIVIL_SERVANT_2020, option off
        signIn(c.chair);
        ChairScoreView chair = navigate("interviews/chair", ChairScoreView.class);
        assertThat(chair.rule.getText()).startsWith("Kỳ tuyển dụng này không chuyển các trường hợp chênh lệch lớn");
        assertThat(GridKt._size(chair.grid)).isZero();
    }

    private static int rowOf(InterviewView v, long applicationId) {
        var rows = GridKt._findAll(v.grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).applicationId() == applicationId) {
                return i;
            }
        }
        throw new AssertionError("no row for " + applicationId);
    }
}
