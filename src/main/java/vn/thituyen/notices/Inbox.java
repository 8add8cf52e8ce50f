package vn.thituyen.notices;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.notices.domain.Notice;
import vn.thituyen.notices.domain.NoticeRepository;

/** The notices as people read them: the candidate's own inbox, and for the secretary what went to whom. */
@Service
public class Inbox {

    /** The most notices the secretary's list shows at once (newest first). */
    static final int STAFF_PAGE = 2000;

    private final NoticeRepository notices;
    private final CurrentUser currentUser;
    private final CampaignAccess access;
    private final NoticeWriter writer;
    private final org.springframework.context.ApplicationEventPublisher events;

    Inbox(NoticeRepository notices, CurrentUser currentUser, CampaignAccess access, NoticeWriter writer,
            org.springframework.context.ApplicationEventPublisher events) {
        this.writer = writer;
        this.events = events;
        this.notices = notices;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** A notice as shown: the same subject and body as its email. */
    public record NoticeLine(long id, long campaignId, String recipientName, String email, NoticeKind kind,
            String subject, String body, NoticeState state, int attempts, String lastError, Instant createdAt,
            Instant sentAt) {
    }

    /** The signed-in candidate's notices, newest first, whatever became of their email. */
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public List<NoticeLine> mine() {
        return notices.findByUserIdOrderByIdDesc(currentUser.require().userId()).stream().map(Inbox::line).toList();
    }

    /** What was sent to whom in a campaign, newest first. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<NoticeLine> sentIn(long campaignId) {
        access.require(campaignId);
        return notices.findByCampaignIdOrderByIdDesc(campaignId, PageRequest.of(0, STAFF_PAGE)).stream()
                .map(Inbox::line).toList();
    }

    /**
     * Sends a notice whose email failed once more, as a new notice to the application's current address (after the
     * candidate corrected it, or the mail server was fixed). The failed one stays as it ended; a notice whose first
     * sending may have reached the server ("uncertain") is resent only by this explicit decision, which is audited.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public long resend(long noticeId) {
        Notice failed = notices.findById(noticeId).orElseThrow(() -> new vn.thituyen.common.DomainException(
                "error.notFound"));
        access.require(failed.getCampaignId());
        if (failed.getState() != NoticeState.FAILED) {
            throw new vn.thituyen.common.DomainException("error.notice.notFailed");
        }
        Notice again = writer.resend(failed);
        if (again.getEmail() == null) {
            throw new vn.thituyen.common.DomainException("error.notice.noEmail");
        }
        events.publishEvent(new NoticesEvents.NoticeResent(failed.getCampaignId(), failed.getId(), again.getId(),
                again.getEmail(), currentUser.username()));
        return again.getId();
    }

    private static NoticeLine line(Notice n) {
        return new NoticeLine(n.getId(), n.getCampaignId(), n.getRecipientName(), n.getEmail(), n.getKind(),
                n.getSubject(), n.getBody(), n.getState(), n.getAttempts(), n.getLastError(), n.getCreatedAt(),
                n.getSentAt());
    }
}
