package vn.thituyen.notices;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.notices.domain.NoticeRepository;
import vn.thituyen.notices.domain.RetryDelay;

/**
 * Mails the PENDING notices of the outbox through Spring Mail, every few seconds.
 *
 * <p>Each notice is first claimed in its own committed transaction (PENDING → SENDING by a conditional update: of two
 * nodes, one gets 1 row, the other 0 and skips it), then handed to the mail server, then recorded SENT. A failure
 * (server down, refused) puts it back to PENDING with the error and a later {@code nextAttemptAt} ({@link
 * RetryDelay}); after {@link RetryDelay#MAX_ATTEMPTS} it is FAILED.
 *
 * <p>The one window no outbox closes: the server accepted the mail and the process stopped before SENT was
 * committed. Such a notice stays SENDING; after {@link #STALE} it is marked FAILED ("uncertain"), never mailed again.
 * So an email goes out at most once, and the candidate's inbox has the notice in every case.
 *
 * <p>No mail server configured ({@code spring.mail.host} unset, as in the embedded demo): there is no
 * {@link JavaMailSender}, nothing is mailed and the notices stay PENDING, readable in the inbox.
 */
@Component
public class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    /** a claim older than this was left by a sender that stopped while sending */
    static final Duration STALE = Duration.ofMinutes(10);
    /** notices mailed per run at most */
    static final int BATCH = 50;

    private final NoticeRepository notices;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private final String from;

    NoticeMailer(NoticeRepository notices, ObjectProvider<JavaMailSender> mail, TransactionTemplate tx, Clock clock,
            @Value("${thituyen.notices.mail.enabled:true}") boolean enabled,
            @Value("${thituyen.notices.mail.from:no-reply@thituyen.local}") String from) {
        this.notices = notices;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${thituyen.notices.send-ms:5000}",
            initialDelayString = "${thituyen.notices.send-initial-ms:15000}")
    void onSchedule() {
        if (enabled) {
            sendDue();
        }
    }

    /** What one run did. */
    public record Run(int sent, int failed, int skipped) {
    }

    /** Mails the notices due now; tests call it directly. Without a mail server it does nothing. */
    public Run sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new Run(0, 0, 0);
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> notices.abandonStale(now.minus(STALE),
                "uncertain: the sender stopped while sending; not mailed again"));
        List<Long> due = tx.execute(s -> notices.due(now, PageRequest.of(0, BATCH)));
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (Long id : due) {
            Integer claimed = tx.execute(s -> notices.claim(id, clock.instant()));
            if (claimed == null || claimed == 0) {
                skipped++;   // another sender has it
                continue;
            }
            var n = tx.execute(s -> notices.findById(id).orElseThrow());
            try {
                MimeMessage m = sender.createMimeMessage();
                MimeMessageHelper h = new MimeMessageHelper(m, false, "UTF-8");
                h.setFrom(from);
                h.setTo(n.getEmail());
                h.setSubject(n.getSubject());
                h.setText(n.getBody(), false);
                m.setHeader("X-ThiTuyen-Notice", String.valueOf(id));
                sender.send(m);
            } catch (Exception e) {
                int attempts = n.getAttempts() + 1;
                boolean giveUp = RetryDelay.givesUp(attempts);
                String error = cut(e.getClass().getSimpleName() + ": " + e.getMessage(), 500);
                tx.execute(s -> notices.failed(id, giveUp ? NoticeState.FAILED : NoticeState.PENDING,
                        clock.instant().plus(RetryDelay.after(attempts)), error));
                log.warn("notice {} not mailed (attempt {}): {}", id, attempts, error);
                failed++;
                continue;
            }
            tx.execute(s -> notices.sent(id, clock.instant()));
            sent++;
        }
        return new Run(sent, failed, skipped);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
