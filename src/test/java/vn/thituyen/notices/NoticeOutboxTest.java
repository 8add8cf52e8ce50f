package vn.thituyen.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.notices.domain.Notice;
import vn.thituyen.notices.domain.NoticeRepository;
import vn.thituyen.registration.RegistrationEvents;

/**
 * Issue 15 § 4: notices go through an outbox written with the event, reach a real SMTP server (GreenMail in this
 * JVM), survive the server being down and are mailed exactly once.
 */
@ApplicationTest
class NoticeOutboxTest {

    @Autowired Scenario s;
    @Autowired NoticeMailer mailer;
    @Autowired NoticeRepository notices;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;

    private Instant start;

    @BeforeEach
    void rememberTheClock() {
        start = s.clock.instant();
    }

    @AfterEach
    void serverUpAndClockBack() {
        TestMailServer.up();
        s.clock.set(start);
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
    void theOutboxSurvivesAnSmtpOutageAndMailsOnce() throws Exception {
        GreenMail server = TestMailServer.up();
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Nguyễn Thị Hồng Nhung", null);

        Notice written = noticeOf(app, NoticeKind.APPLICATION_RECEIVED);
        assertThat(written.getState()).isEqualTo(NoticeState.PENDING);
        assertThat(written.getEmail()).isEqualTo("ts@example.vn");
        assertThat(written.getSubject()).isEqualTo("Đã nhận phiếu đăng ký dự tuyển – Kỳ thi tuyển thử nghiệm " + c.tag);
        assertThat(written.getBody()).contains("Kính gửi Nguyễn Thị Hồng Nhung", "Chuyên viên tổ chức cán bộ");

        // the mail server is down: the notice stays PENDING with the error, to be tried again later
        TestMailServer.down();
        sendAllDue();
        Notice failed = notices.findById(written.getId()).orElseThrow();
        assertThat(failed.getState()).isEqualTo(NoticeState.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isAfter(s.clock.instant());
        assertThat(failed.getSentAt()).isNull();

        // back up, but not yet time to retry: nothing goes
        server = TestMailServer.up();
        sendAllDue();
        assertThat(notices.findById(written.getId()).orElseThrow().getState()).isEqualTo(NoticeState.PENDING);
        assertThat(mailsOf(server, written.getId())).isEmpty();

        // after the backoff it is mailed, once, with its Vietnamese subject and body
        s.clock.advance(Duration.ofMinutes(2));
        sendAllDue();
        sendAllDue();
        Notice sent = notices.findById(written.getId()).orElseThrow();
        assertThat(sent.getState()).isEqualTo(NoticeState.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
        assertThat(sent.getSentAt()).isNotNull();
        List<MimeMessage> mails = mailsOf(server, written.getId());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("Đã nhận phiếu đăng ký dự tuyển – Kỳ thi tuyển thử nghiệm " + c.tag);
        assertThat(mails.get(0).getAllRecipients()[0].toString()).isEqualTo("ts@example.vn");
        assertThat(((String) mails.get(0).getContent()).replace("\r\n", "\n")).isEqualTo(sent.getBody());
    }

    @Test
    void aClaimedNoticeIsNotTakenByASecondSender() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Trần Văn Bình", null);
        long id = noticeOf(app, NoticeKind.APPLICATION_RECEIVED).getId();
        Integer first = tx.execute(st -> notices.claim(id, s.clock.instant()));
        Integer second = tx.execute(st -> notices.claim(id, s.clock.instant()));
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        // a sender that stopped while sending: never mailed again, shown as FAILED after a while
        s.clock.advance(NoticeMailer.STALE.plusMinutes(1));
        TestMailServer.up();
        sendAllDue();
        Notice n = notices.findById(id).orElseThrow();
        assertThat(n.getState()).isEqualTo(NoticeState.FAILED);
        assertThat(n.getLastError()).startsWith("uncertain");
        assertThat(mailsOf(TestMailServer.up(), id)).isEmpty();
    }

    @Test
    void theRejectionCarriesItsReasonAndTheEligibleListItsNumber() {
        Scenario.Campaign c = s.newCampaign();
        long an = s.apply(c, c.position1, "Lê Văn An", null);
        long binh = s.apply(c, c.position1, "Phạm Thị Bình", null);
        s.closeRegistration(c);
        s.asUser(c.secretary, () -> {
            s.registration.accept(an);
            s.registration.reject(binh, "Thiếu bằng tốt nghiệp đại học");
            s.registration.publishEligibleList(c.id);
            return null;
        });
        assertThat(noticeOf(binh, NoticeKind.APPLICATION_REJECTED).getBody())
                .contains("Lý do: Thiếu bằng tốt nghiệp đại học");
        noticeOf(an, NoticeKind.APPLICATION_ACCEPTED);
        String list = noticeOf(an, NoticeKind.ELIGIBLE_LIST_PUBLISHED).getBody();
        assertThat(list).contains("Số báo danh: TS0001", "Phòng thi: Phòng 01");
        assertThat(notices.findAll().stream().filter(n -> n.getApplicationId() == binh
                && n.getKind() == NoticeKind.ELIGIBLE_LIST_PUBLISHED)).isEmpty();
    }

    @Test
    void noNoticeWithoutTheEventsTransaction() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Đỗ Minh Châu", null);
        long before = notices.findAll().stream().filter(n -> n.getApplicationId() == app).count();
        tx.executeWithoutResult(st -> {
            events.publishEvent(new RegistrationEvents.ApplicationSubmitted(app, c.id, "test"));
            st.setRollbackOnly();
        });
        assertThat(notices.findAll().stream().filter(n -> n.getApplicationId() == app).count()).isEqualTo(before);
    }
}
