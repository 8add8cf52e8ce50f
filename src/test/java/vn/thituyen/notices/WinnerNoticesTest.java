package vn.thituyen.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.notices.domain.Notice;
import vn.thituyen.notices.domain.NoticeRepository;
import vn.thituyen.results.ResultsService;
import vn.thituyen.winners.CancellationKind;
import vn.thituyen.winners.WinnersScenario;
import vn.thituyen.winners.WinnersService;

/**
 * Issue 15 § 7's notices through the outbox to a real SMTP server (GreenMail): the winner is told the position, the
 * last day and the checklist; a cancelled winner the reason; the next ranked that they are recognised.
 */
@ApplicationTest
class WinnerNoticesTest {

    @Autowired Scenario s;
    @Autowired NoticeMailer mailer;
    @Autowired NoticeRepository notices;
    @Autowired ResultsService results;
    @Autowired WinnersService winners;

    @AfterEach
    void serverUp() {
        TestMailServer.up();
    }

    private Notice noticeOf(long applicationId, NoticeKind kind) {
        return Outbox.noticeOf(notices, applicationId, kind);
    }

    private void sendAllDue() {
        Outbox.sendAllDue(mailer);
    }

    private static List<MimeMessage> mailsOf(GreenMail server, long noticeId) {
        return Outbox.mailsOf(server, noticeId);
    }

    @Test
    void theWinnerTheCancelledAndTheRecognisedAreTold() throws Exception {
        GreenMail server = TestMailServer.up();
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        WinnersService.DossierLine d = s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0);

        Notice winner = noticeOf(p.an(), NoticeKind.WINNER);
        assertThat(winner.getSubject()).isEqualTo("Thông báo trúng tuyển – Kỳ thi tuyển thử nghiệm " + p.c().tag);
        assertThat(winner.getBody()).contains("Kính gửi Nguyễn Văn An", "trúng tuyển vị trí Chuyên viên pháp chế",
                "hết ngày " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d.deadline()), "Phiếu lý lịch tư pháp",
                "Giấy chứng nhận sức khỏe").doesNotContain("đối tượng ưu tiên");
        // nobody else won VT02
        assertThat(notices.findAll().stream().filter(n -> n.getApplicationId() == p.bich()
                && n.getKind() == NoticeKind.WINNER)).isEmpty();

        s.asUser(p.c().secretary, () -> {
            winners.cancel(d.id(), CancellationKind.FALSE_DOCUMENTS, "Bằng đại học giả mạo");
            long v2 = results.computeAfterCancellation(p.c().id);
            s.asUser(p.c().chair, () -> {
                results.approve(v2);
                return null;
            });
            results.publish(v2, "16/TB-HĐTD");
            return null;
        });
        assertThat(noticeOf(p.an(), NoticeKind.DOSSIER_CANCELLED).getBody())
                .contains("Lý do: Sử dụng văn bằng, chứng chỉ, giấy tờ giả mạo", "Bằng đại học giả mạo");
        Notice recognised = noticeOf(p.bich(), NoticeKind.RECOGNISED);
        assertThat(recognised.getBody()).contains("Kính gửi Trần Thị Bích", "công nhận Anh/Chị trúng tuyển vị trí"
                + " Chuyên viên pháp chế");

        sendAllDue();
        List<MimeMessage> mails = mailsOf(server, winner.getId());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo(winner.getSubject());
        assertThat(mailsOf(server, recognised.getId())).hasSize(1);
        assertThat(notices.findById(recognised.getId()).orElseThrow().getState()).isEqualTo(NoticeState.SENT);
    }
}
