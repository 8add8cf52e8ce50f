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
}
