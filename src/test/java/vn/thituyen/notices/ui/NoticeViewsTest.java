package vn.thituyen.notices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.notices.Inbox.NoticeLine;

/** Issue 15 § 4 on the screens: the candidate's inbox, newest first, and what the secretary sees was sent to whom. */
@ApplicationTest
class NoticeViewsTest extends ViewTestBase {

    @Test
    void theCandidateReadsTheirNoticesNewestFirstAndTheSecretarySeesWhomTheyWentTo() {
        Scenario.Campaign c = newCampaign();
        long app = s.apply(c, c.position1, "Vũ Thị Thanh Hương", null);
        s.closeRegistration(c);
        s.asUser(c.secretary, () -> {
            s.registration.reject(app, "Không đủ tuổi dự tuyển");
            return null;
        });

        signIn(c.candidates.get(0));
        MyNoticesView inbox = navigate("my-notices", MyNoticesView.class);
        String text = text(inbox);
        assertThat(text).contains("Thông báo của tôi",
                "Phiếu đăng ký dự tuyển không đủ điều kiện – Kỳ thi tuyển thử nghiệm " + c.tag,
                "Lý do: Không đủ tuổi dự tuyển",
                "Đã nhận phiếu đăng ký dự tuyển – Kỳ thi tuyển thử nghiệm " + c.tag,
                "Kính gửi Vũ Thị Thanh Hương");
        // newest first: the decision above the receipt
        assertThat(text.indexOf("không đủ điều kiện")).isLessThan(text.indexOf("Đã nhận phiếu"));

        signIn(c.secretary);
        SentNoticesView sent = navigate("notices", SentNoticesView.class);
        assertThat(GridKt._size(sent.grid)).isEqualTo(2);
        NoticeLine newest = GridKt._get(sent.grid, 0);
        assertThat(newest.recipientName()).isEqualTo("Vũ Thị Thanh Hương");
        // the notices wait for the sender (the tests drive it themselves)
        assertThat(GridKt._getFormattedRow(sent.grid, 0)).startsWith("Vũ Thị Thanh Hương <ts@example.vn>",
                "Phiếu đăng ký dự tuyển không đủ điều kiện – Kỳ thi tuyển thử nghiệm " + c.tag);
    }

    @Test
    void theSecretarySendsTheSummonsWithItsChecksAndSendsAFailedNoticeAgain() {
        Scenario.Campaign c = newCampaign();
        long an = s.apply(c, c.position1, "Nguyễn Thị An", null);
        s.acceptAllAndPublish(c);

        signIn(c.secretary);
        SentNoticesView view = navigate("notices", SentNoticesView.class);
        // round 1: the rooms have no start time yet
        com.github.mvysny.kaributesting.v10.LocatorJ._click(button("send-summons-1"));
        assertThat(notifications()).anyMatch(n -> n.contains("Chưa có thí sinh nào được xếp phòng có giờ thi"));
        // round 2: the time and the venue are asked for next to their fields
        com.github.mvysny.kaributesting.v10.LocatorJ._click(button("send-summons-2"));
        assertThat(error(view.round2At)).isNotBlank();
        assertThat(error(view.round2Venue)).isNotBlank();

        s.openSittings(c);
        s.sit(an, 45, 20);
        view = navigate("notices", SentNoticesView.class);
        java.time.LocalDateTime at = java.time.LocalDateTime.ofInstant(s.clock.instant(),
                vn.thituyen.common.ClockConfiguration.ZONE).plusDays(30).withHour(8).withMinute(0).withSecond(0)
                .withNano(0);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(view.round2At, at);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(view.round2Venue, "Hội trường Sở Nội vụ");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(button("send-summons-2"));
        assertThat(confirm()).contains("Gửi giấy triệu tập vòng 2 cho 1 thí sinh");
        assertThat(notifications()).contains("Đã gửi giấy triệu tập vòng 2 cho 1 thí sinh.");
        assertThat(text(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("summons-sent-2"))))
                .contains("Vòng 2: đã gửi giấy triệu tập cho 1 thí sinh");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("send-summons-2"));

        // a notice the mail server refused: the secretary sends it again
        var repo = ctx.getBean(vn.thituyen.notices.domain.NoticeRepository.class);
        long failed = repo.findAll().stream().filter(n -> n.getApplicationId() == an
                && n.getKind() == vn.thituyen.notices.NoticeKind.APPLICATION_RECEIVED).findFirst().orElseThrow()
                .getId();
        ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(st -> {
            repo.claim(failed, s.clock.instant());
            repo.failed(failed, vn.thituyen.notices.NoticeState.FAILED, s.clock.instant(), "550 mailbox unavailable");
        });
        view = navigate("notices", SentNoticesView.class);
        assertThat(button("resend-notice").isEnabled()).isFalse();
        int row = 0;
        while (GridKt._get(view.grid, row).id() != failed) {
            row++;
        }
        GridKt._selectRow(view.grid, row);
        assertThat(button("resend-notice").isEnabled()).isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(button("resend-notice"));
        assertThat(confirm()).contains("Nguyễn Thị An");
        assertThat(notifications()).contains("Đã tạo thông báo gửi lại cho Nguyễn Thị An.");
        assertThat(repo.findAll().stream().filter(n -> n.getApplicationId() == an
                && n.getKind() == vn.thituyen.notices.NoticeKind.APPLICATION_RECEIVED)).hasSize(2);

        // the chair reads what was sent, and sends nothing
        signIn(c.chair);
        navigate("notices", SentNoticesView.class);
        assertThat(text(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("summons-sent-2"))))
                .contains("Vòng 2");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("send-summons-1"));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("resend-notice"));
    }

    private static com.vaadin.flow.component.button.Button button(String id) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId(id));
    }
}
