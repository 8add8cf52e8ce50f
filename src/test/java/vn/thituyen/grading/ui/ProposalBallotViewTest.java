package vn.thituyen.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.CouncilRole;
import vn.thituyen.identity.Role;

/**
 * Issue 14, behaviour 6 on screen: a council member's secret ballot on the đề án — a score out of a criterion's
 * range is refused next to it, a cast ballot is the member's alone; nobody sees the others' ballots or the mean
 * until every member's ballot is in; then the tally shows them, and the chair decides where the spread asks.
 */
@ApplicationTest
class ProposalBallotViewTest extends ViewTestBase {

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private void castOnScreen(String member, long applicationId, String... points) {
        signIn(member);
        ProposalBallotView v = navigate("leadership/ballots", ProposalBallotView.class);
        int row = GridKt._findAll(v.mine).stream().map(b -> b.applicationId()).toList().indexOf(applicationId);
        GridKt._selectRow(v.mine, row);
        for (int i = 0; i < points.length; i++) {
            _setValue(v.points.get(i), points[i]);
        }
        _click(button("cast-ballot"));
        assertThat(confirm()).contains("Phiếu đã nộp không sửa được");
    }

    private static int rowOf(long applicationId) {
        return GridKt._findAll(tally()).stream().map(r -> r.applicationId()).toList().indexOf(applicationId);
    }

    @SuppressWarnings("unchecked")
    private static Grid<vn.thituyen.grading.ProposalDefence.TallyRow> tally() {
        return _get(Grid.class, spec -> spec.withId("tally-TP-TCCB"));
    }

    @Test
    void aSecretBallotOnScreenAndTheTallyOnlyWhenAllAreIn() {
        Scenario.Leadership l = s.newLeadershipCampaign(false);
        Scenario.Campaign c = l.c();
        List<Long> apps = s.leadershipReady(l, "Nguyễn Thị Ánh Tuyết", "Trần Đức Lợi");
        long tuyet = apps.get(0);
        long loi = apps.get(1);
        s.markWritten(s.markingBoard(c), l.post1(), 1, Map.of(tuyet, "72.5", loi, "68"));
        s.as("system-admin", Role.ADMIN, () -> {
            s.councils.seat(c.id, s.identity.findByUsername(c.grader1).orElseThrow().id(), CouncilRole.MEMBER);
            return null;
        });
        s.chooseFor(c.grader1, c.id);

        // the candidate uploads the đề án on their page: a PNG named .pdf is refused, a PDF kept with its checksum
        // the secretary sets the deadline and draws the presentations by lot, on the ballot screen
        java.time.LocalDateTime now = java.time.LocalDateTime.now(
                s.clock.withZone(vn.thituyen.common.ClockConfiguration.ZONE)).withNano(0);
        signIn(c.secretary);
        navigate("leadership/ballots", ProposalBallotView.class);
        _setValue(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withId("deadline-TP-TCCB")), now.plusDays(5));
        _click(button("save-deadline-TP-TCCB"));
        assertThat(notifications()).contains("Đã lưu hạn nộp đề án.");
        _setValue(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withId("start-TP-TCCB")), now.plusDays(7).withHour(8).withMinute(0).withSecond(0));
        _click(button("draw-TP-TCCB"));
        assertThat(confirm()).contains("Mỗi chức danh chỉ bốc thăm một lần");
        navigate("leadership/ballots", ProposalBallotView.class);
        @SuppressWarnings("unchecked")
        Grid<vn.thituyen.grading.ProposalDefence.ScheduledSlot> slots = _get(Grid.class,
                spec -> spec.withId("schedule-TP-TCCB"));
        assertThat(GridKt._findAll(slots)).extracting(x -> x.fullName())
                .containsExactlyInAnyOrder("Nguyễn Thị Ánh Tuyết", "Trần Đức Lợi");
        assertThat(GridKt._getFormattedRow(slots, 0).toString()).contains("Phòng họp số 1", "08:00");
        signIn(c.candidates.get(0));
        navigate("my-proposal", MyProposalView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("proposal-deadline"))
                .getText()).startsWith("Hạn nộp đề án: ");
        var upload = _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("proposal-upload"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "de-an.pdf",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        assertThat(notifications()).anyMatch(n -> n.startsWith("Tệp phải là PDF hoặc DOCX"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "de-an.pdf",
                Scenario.pdf("Đề án nâng cao chất lượng công tác tổ chức cán bộ"));
        assertThat(notifications()).contains("Đã nộp đề án.");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("proposal-current"))
                .getText()).startsWith("Bản đang dùng: de-an.pdf");

        // a score above the criterion's maximum (content: 50) is refused on its field; nothing stored
        signIn(c.grader1);
        ProposalBallotView v = navigate("leadership/ballots", ProposalBallotView.class);
        assertThat(GridKt._size(v.mine)).isEqualTo(2);
        GridKt._selectRow(v.mine, GridKt._findAll(v.mine).stream().map(b -> b.applicationId()).toList().indexOf(tuyet));
        assertThat(v.points).hasSize(3);
        _setValue(v.points.get(0), "55");
        _setValue(v.points.get(1), "16");
        _setValue(v.points.get(2), "24");
        _click(button("cast-ballot"));
        assertThat(v.points.get(0).isInvalid()).isTrue();
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM proposal_ballot WHERE application_id = ?",
                Long.class, tuyet)).isZero();

        castOnScreen(c.grader1, tuyet, "40", "16", "24");
        assertThat(notifications()).contains("Đã nộp phiếu chấm thí sinh Nguyễn Thị Ánh Tuyết.");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("my-ballot")).getText())
                .isEqualTo("Phiếu của bạn: 40; 16; 24 – tổng 80 điểm.");
        // one of three ballots: the tally shows the count, no ballot, no mean
        assertThat(GridKt._getFormattedRow(tally(), rowOf(tuyet)).toString()).contains("1/3").doesNotContain("80");
        castOnScreen(c.secretary, tuyet, "45", "18", "27");
        // the secretary sees their own ballot, never the member's
        assertThat(screenText()).doesNotContain("Phiếu của bạn: 40");
        castOnScreen(c.chair, tuyet, "30", "15", "25");
        // all three in: 80, 90 and 70 — a spread of 20: the chair decides
        ProposalBallotView chairView = navigate("leadership/ballots", ProposalBallotView.class);
        String row = GridKt._getFormattedRow(tally(), GridKt._findAll(tally()).stream()
                .map(r -> r.applicationId()).toList().indexOf(tuyet)).toString();
        assertThat(row).contains("3/3", "20", "Chủ tịch Hội đồng quyết định");
        GridKt._selectRow(tally(), GridKt._findAll(tally()).stream().map(r -> r.applicationId()).toList()
                .indexOf(tuyet));
        _setValue(_get(vn.thituyen.common.ui.ScoreField.class, spec -> spec.withId("decide-score-TP-TCCB")), "82");
        _click(button("decide-TP-TCCB"));
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("decide-reason-TP-TCCB")).isInvalid()).isTrue();
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("decide-reason-TP-TCCB")), "Hội đồng thảo luận, thống nhất 82 điểm");
        _click(button("decide-TP-TCCB"));
        assertThat(notifications()).contains("Đã ghi quyết định.");
        assertThat(s.asUser(c.chair, () -> ctx.getBean(vn.thituyen.grading.ProposalDefence.class)
                .part2Scores(l.post1())).get(tuyet)).isEqualByComparingTo(new BigDecimal("82"));
        assertThat(chairView).isNotNull();
    }
}
