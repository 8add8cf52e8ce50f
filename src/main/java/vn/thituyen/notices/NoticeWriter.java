package vn.thituyen.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.Messages;
import vn.thituyen.notices.domain.Notice;
import vn.thituyen.notices.domain.NoticeRepository;
import vn.thituyen.registration.Addressees;
import vn.thituyen.registration.Addressees.Addressee;
import vn.thituyen.registration.RegistrationEvents;
import vn.thituyen.results.ResultsEvents;
import vn.thituyen.winners.WinnersEvents;

/**
 * Writes the notices an event causes, in the event's own transaction ({@code MANDATORY}): a notice exists if and
 * only if its event committed, and the sender mails it afterwards. The text is Vietnamese (the language of the
 * office's letters), rendered once, so the inbox and the email always say the same.
 */
@Component
class NoticeWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final NoticeRepository notices;
    private final Addressees addressees;
    private final CampaignService campaigns;
    private final Clock clock;
    private final vn.thituyen.grading.AppealService appeals;

    NoticeWriter(NoticeRepository notices, Addressees addressees, CampaignService campaigns, Clock clock,
            vn.thituyen.grading.AppealService appeals) {
        this.appeals = appeals;
        this.notices = notices;
        this.addressees = addressees;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(RegistrationEvents.ApplicationSubmitted e) {
        Addressee a = addressees.of(e.applicationId());
        write(a, NoticeKind.APPLICATION_RECEIVED, a.fullName(), campaignName(a), positionName(a),
                DAY.format(clock.instant().atZone(ClockConfiguration.ZONE)));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(RegistrationEvents.ApplicationReviewed e) {
        // the decisions on the application itself; a claim's decision shows on the candidate's page
        if ("ACCEPTED".equals(e.decision())) {
            Addressee a = addressees.of(e.applicationId());
            write(a, NoticeKind.APPLICATION_ACCEPTED, a.fullName(), campaignName(a), positionName(a));
        } else if ("REJECTED".equals(e.decision())) {
            Addressee a = addressees.of(e.applicationId());
            write(a, NoticeKind.APPLICATION_REJECTED, a.fullName(), campaignName(a), positionName(a), e.detail());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(RegistrationEvents.EligibleListPublished e) {
        String campaign = campaigns.campaign(e.campaignId()).name();
        for (Addressee a : addressees.accepted(e.campaignId())) {
            String unset = Messages.vi("notice.unset");
            write(a, NoticeKind.ELIGIBLE_LIST_PUBLISHED, a.fullName(), campaign, positionName(a),
                    a.candidateNumber() == null ? unset : a.candidateNumber(),
                    a.roomName() == null ? unset : a.roomName(),
                    a.venue() == null ? unset : a.venue(),
                    a.startsAt() == null ? unset : WHEN.format(a.startsAt().atZone(ClockConfiguration.ZONE)));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResultsEvents.ResultsPublished e) {
        String campaign = campaigns.campaign(e.campaignId()).name();
        for (Addressee a : addressees.accepted(e.campaignId())) {
            write(a, NoticeKind.RESULTS_PUBLISHED, a.fullName(), campaign, positionName(a));
        }
    }

    /**
     * The appeal outcome (phúc khảo) to each candidate whose written paper was re-marked, when the re-marking's key is
     * opened: before → after, changed or not (TT 6/2020 Art. 29; the revised results follow once approved).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(vn.thituyen.grading.MarkingEvents.KeyOpened e) {
        if (!"APPEAL".equals(e.purpose())) {
            return;
        }
        for (vn.thituyen.grading.AppealService.Outcome o : appeals.outcomes(e.campaignId(), e.positionId(),
                e.partNo())) {
            Addressee a = addressees.of(o.applicationId());
            write(a, NoticeKind.APPEAL_DECIDED, a.fullName(), campaignName(a), positionName(a), o.partNo(),
                    vn.thituyen.common.Numbers.scoreVi(o.before()), vn.thituyen.common.Numbers.scoreVi(o.after()),
                    Messages.vi(o.changed() ? "notice.appeal.changed" : "notice.appeal.unchanged"));
        }
    }

    /** One candidate's summons to a round (TT 6/2020 Art. 12): the time and place, their room in round 1. */
    void summons(Addressee a, int round, java.time.LocalDateTime at, String venue) {
        String unset = Messages.vi("notice.unset");
        write(a, NoticeKind.SUMMONS, a.fullName(), campaignName(a), positionName(a), round,
                WHEN.format(at), venue == null || venue.isBlank() ? unset : venue,
                round == 1 && a.roomName() != null ? a.roomName() : Messages.vi("notice.summons.roomAtVenue"),
                a.candidateNumber() == null ? unset : a.candidateNumber());
    }

    /** The same notice again, as a new one to the application's current address (the first stays as it ended). */
    Notice resend(Notice failed) {
        Addressee a = addressees.of(failed.getApplicationId());
        return notices.save(new Notice(a.campaignId(), a.applicationId(), a.userId(), a.email(), a.fullName(),
                failed.getKind(), failed.getSubject(), failed.getBody(), clock.instant()));
    }

    /** ND 138/2020/NĐ-CP Art. 17: the winner is told the last day and what to bring. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(WinnersEvents.DossierOpened e) {
        Addressee a = addressees.of(e.applicationId());
        String checklist = java.util.Arrays.stream(e.checklist().split(","))
                .map(i -> Messages.vi("dossierItem." + i)).collect(java.util.stream.Collectors.joining("; "));
        write(a, e.recognised() ? NoticeKind.RECOGNISED : NoticeKind.WINNER, a.fullName(), campaignName(a),
                positionName(a), DAY.format(e.deadline()), checklist);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(WinnersEvents.WinnerCancelled e) {
        Addressee a = addressees.of(e.applicationId());
        write(a, NoticeKind.DOSSIER_CANCELLED, a.fullName(), campaignName(a), positionName(a),
                Messages.vi("cancellationKind." + e.kind()), e.reason());
    }

    private void write(Addressee a, NoticeKind kind, Object... params) {
        Instant now = clock.instant();
        String subject = Messages.vi("notice." + kind.name() + ".subject", params);
        String body = Messages.vi("notice." + kind.name() + ".body", params);
        notices.save(new Notice(a.campaignId(), a.applicationId(), a.userId(), a.email(), a.fullName(), kind,
                cut(subject, 300), cut(body, 4000), now));
    }

    private String campaignName(Addressee a) {
        return campaigns.campaign(a.campaignId()).name();
    }

    private String positionName(Addressee a) {
        return campaigns.position(a.positionId()).name();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
