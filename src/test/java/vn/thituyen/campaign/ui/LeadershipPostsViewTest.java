package vn.thituyen.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.PostTitle;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.identity.Role;

/**
 * Issue 14, behaviour 1 on screen: Home Affairs sets up a leadership campaign's posts — title, division, agency, the
 * appointing authority — and adjusts each post's standards; the province's settings with bad input next to the field.
 */
@ApplicationTest
class LeadershipPostsViewTest extends ViewTestBase {

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void theOfficeSetsUpPostsWithTheirStandards() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = s.as("system-admin", Role.ADMIN, () -> s.setup.createCampaign("LP-" + tag,
                "Thi tuyển lãnh đạo " + tag, RuleSet.LEADERSHIP_DIVISION, s.clock.instant().plus(Duration.ofDays(5)),
                s.clock.instant().plus(Duration.ofDays(35))));
        s.chooseFor("admin", id);
        signIn("admin");
        LeadershipPostsView v = navigate("leadership/posts", LeadershipPostsView.class);
        assertThat(v.combination.getValue()).isEqualTo(RuleSet.Leadership.Combination.GATE_THEN_PART2);

        // the settings: weights need part 1's weight
        _setValue(v.combination, RuleSet.Leadership.Combination.WEIGHTS);
        _click(button("save-leadership-settings"));
        assertThat(v.part1Weight.isInvalid()).isTrue();
        assertThat(v.part1Weight.getErrorMessage()).isEqualTo("Trọng số phần 1 phải từ 1 đến 99 (%).");
        _setValue(v.part1Weight, 40);
        _setValue(v.presentationMinutes, 60);
        _click(button("save-leadership-settings"));
        assertThat(v.presentationMinutes.getErrorMessage()).isEqualTo("Thời gian trình bày đề án từ 1 đến 45 phút.");
        _setValue(v.presentationMinutes, 30);
        _setValue(v.confidenceVote, true);
        _click(button("save-leadership-settings"));
        assertThat(notifications()).contains("Đã lưu thiết lập.");
        assertThat(s.leadershipPosts.settings(id).part1Weight()).isEqualTo(40);
        assertThat(s.leadershipPosts.settings(id).confidenceVote()).isTrue();

        // a post: the division is required
        _setValue(v.code, "TP-KHTC");
        _setValue(v.title, PostTitle.HEAD);
        _setValue(v.agency, "Sở Tài chính");
        _setValue(v.authority, "Ủy ban nhân dân tỉnh");
        _click(button("save-post"));
        assertThat(v.division.isInvalid()).isTrue();
        _setValue(v.division, "Phòng Kế hoạch – Tài chính");
        _click(button("save-post"));
        assertThat(notifications()).contains("Đã lưu chức danh.");
        assertThat(GridKt._size(v.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(v.grid, 0)).contains("Trưởng phòng Kế hoạch – Tài chính",
                "Ủy ban nhân dân tỉnh", "Đang nhận, xét hồ sơ");
        // its standards: the usual eight, then one of the post's own; a blank one is refused on its line
        assertThat(v.standards).hasSize(8);
        _click(button("add-standard"));
        _click(button("save-standards"));
        assertThat(v.standards.get(8).requirement().isInvalid()).isTrue();
        assertThat(s.leadershipPosts.posts(id).get(0).standards()).hasSize(8);
        _setValue(v.standards.get(8).requirement(), "Có chứng chỉ ứng dụng công nghệ thông tin cơ bản");
        _click(button("save-standards"));
        assertThat(notifications()).contains("Đã lưu tiêu chuẩn.");
        assertThat(s.leadershipPosts.posts(id).get(0).standards()).hasSize(9).last()
                .satisfies(x -> assertThat(x.requirement()).isEqualTo(
                        "Có chứng chỉ ứng dụng công nghệ thông tin cơ bản"));
    }
}
