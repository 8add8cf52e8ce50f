package vn.thituyen.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import vn.thituyen.notices.domain.Notice;
import vn.thituyen.notices.domain.NoticeRepository;

/** What the notice tests read of the outbox and of the test SMTP server. */
final class Outbox {

    private Outbox() {
    }

    /** The one notice of this kind to this application (fails when there is none or more). */
    static Notice noticeOf(NoticeRepository notices, long applicationId, NoticeKind kind) {
        List<Notice> found = notices.findAll().stream()
                .filter(n -> n.getApplicationId() == applicationId && n.getKind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Runs the sender until nothing due is left (other tests' notices share the database). */
    static void sendAllDue(NoticeMailer mailer) {
        for (int i = 0; i < 1000; i++) {
            NoticeMailer.Run run = mailer.sendDue();
            if (run.sent() + run.failed() == 0) {
                return;
            }
        }
    }

    /** The mails the server received for this notice (by the X-ThiTuyen-Notice header). */
    static List<MimeMessage> mailsOf(GreenMail server, long noticeId) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                String[] h = m.getHeader("X-ThiTuyen-Notice");
                return h != null && h[0].equals(String.valueOf(noticeId));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
