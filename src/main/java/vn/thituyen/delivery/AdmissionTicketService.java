package vn.thituyen.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Letterheads;
import vn.thituyen.common.Messages;
import vn.thituyen.delivery.domain.AdmissionTicketPdf;
import vn.thituyen.delivery.domain.TicketToken;
import vn.thituyen.registration.AdmissionTickets;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.registration.RegistrationService.RoomInfo;

/**
 * The candidate's admission ticket (giấy báo dự thi): once the eligible list is published and the candidate has a
 * number and a room, their own ticket with the room's place, each round-1 part's time (the parts run one after the
 * other from the room's start) and the signed QR code checked at the door ({@link InvigilationService#checkInByCode}).
 */
@Service
class AdmissionTicketService implements AdmissionTickets {

    private final RegistrationService registration;
    private final CampaignService campaigns;
    private final Letterheads letterheads;
    private final TicketToken tokens;
    private final Clock clock;

    private final vn.thituyen.registration.CandidateDocuments documents;

    AdmissionTicketService(RegistrationService registration, CampaignService campaigns, Letterheads letterheads,
            TicketToken tokens, Clock clock, vn.thituyen.registration.CandidateDocuments documents) {
        this.documents = documents;
        this.registration = registration;
        this.campaigns = campaigns;
        this.letterheads = letterheads;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public boolean ready(long applicationId) {
        return own(applicationId).filter(this::ready).isPresent();
    }

    @Override
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public byte[] ticketPdf(long applicationId) {
        CandidateInfo c = own(applicationId).orElseThrow(() -> new DomainException("error.notFound"));
        if (!ready(c)) {
            throw new DomainException("error.ticket.notReady");
        }
        CampaignInfo campaign = campaigns.campaign(c.campaignId());
        RoomInfo room = registration.room(c.roomId());
        // the candidate's uploaded portrait in the box; without one, they glue a 4×6 print there
        return AdmissionTicketPdf.render(new AdmissionTicketPdf.Ticket(letterheads.forAuthority(campaign.authority()),
                campaign.name(), c.fullName(), c.dateOfBirth(), c.candidateNumber(),
                campaigns.position(c.positionId()).name(), room.name(), room.venue(), parts(campaign, c, room),
                tokens.sign(c.applicationId(), c.campaignId()), LocalDate.now(clock.withZone(ClockConfiguration.ZONE))),
                documents.myPortrait(c.campaignId()).orElse(null));
    }

    /** The signed-in candidate's own application; empty for anyone else's. */
    private Optional<CandidateInfo> own(long applicationId) {
        CandidateInfo c;
        try {
            c = registration.candidate(applicationId);
        } catch (DomainException notFound) {
            return Optional.empty();
        }
        boolean own = registration.myApplication(c.campaignId()).map(a -> a.id() == applicationId).orElse(false);
        return own ? Optional.of(c) : Optional.empty();
    }

    private boolean ready(CandidateInfo c) {
        CampaignInfo campaign = campaigns.campaign(c.campaignId());
        return !campaign.kind().leadership() && campaign.eligibleListPublished()
                && c.status() == ApplicationStatus.ACCEPTED && c.candidateNumber() != null && c.roomId() != null;
    }

    /**
     * Round 1's parts in order, each starting when the one before ends (an exempt part is not sat, takes no time),
     * then the position's round-2 parts, whose time the summons to round 2 will give.
     */
    private List<AdmissionTicketPdf.PartTime> parts(CampaignInfo campaign, CandidateInfo c, RoomInfo room) {
        List<AdmissionTicketPdf.PartTime> out = round1Parts(campaign, c, room);
        for (CampaignService.Round2Part p : campaigns.round2Parts(c.positionId())) {
            out.add(new AdmissionTicketPdf.PartTime(Messages.vi("ticket.pdf.round2Part", p.partNo(),
                    Messages.vi("partKind." + p.kind().name())), 0, p.minutes(), null, false, true));
        }
        return out;
    }

    private static List<AdmissionTicketPdf.PartTime> round1Parts(CampaignInfo campaign, CandidateInfo c,
            RoomInfo room) {
        LocalDateTime at = room.startsAt() == null ? null
                : LocalDateTime.ofInstant(room.startsAt(), ClockConfiguration.ZONE);
        List<AdmissionTicketPdf.PartTime> out = new ArrayList<>();
        for (RuleSet.Round1Part p : campaign.ruleSet().round1Parts()) {
            boolean exempt = p.subject() == RuleSet.Subject.FOREIGN_LANGUAGE && c.foreignLanguageExempt();
            String name = Messages.vi("exam.part", p.number(), Messages.vi("subject." + p.subject()));
            if (p.subject() == RuleSet.Subject.FOREIGN_LANGUAGE && !exempt && c.foreignLanguage() != null
                    && c.foreignLanguage() != vn.thituyen.registration.ApplicationForm.ForeignLanguage.NONE) {
                name = name + " (" + Messages.vi("language." + c.foreignLanguage()) + ")";
            }
            out.add(new AdmissionTicketPdf.PartTime(name, p.questionCount(), p.durationMinutes(), exempt ? null : at,
                    exempt));
            if (!exempt && at != null) {
                at = at.plusMinutes(p.durationMinutes());
            }
        }
        return out;
    }
}
