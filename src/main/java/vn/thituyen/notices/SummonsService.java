package vn.thituyen.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.Round1Outcome;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.notices.domain.Summons;
import vn.thituyen.notices.domain.SummonsRepository;
import vn.thituyen.registration.Addressees;
import vn.thituyen.registration.Addressees.Addressee;

/**
 * The summons to each round (giấy triệu tập, TT 6/2020/TT-BNV Art. 12): the secretary sends it once per round, to
 * every candidate the round concerns, as a notice (inbox and email). Round 1 summons each candidate to their own
 * room's sitting; round 2 to the time and place the secretary gives, and only those who passed round 1. A sitting
 * already less than 5 working days away is warned about and sent only when the secretary confirms it (recorded).
 */
@Service
public class SummonsService {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SummonsRepository summonses;
    private final Addressees addressees;
    private final DeliveryService delivery;
    private final SummonsDeadlines deadlines;
    private final NoticeWriter writer;
    private final CampaignAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SummonsService(SummonsRepository summonses, Addressees addressees, DeliveryService delivery,
            SummonsDeadlines deadlines, NoticeWriter writer, CampaignAccess access, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.summonses = summonses;
        this.addressees = addressees;
        this.delivery = delivery;
        this.deadlines = deadlines;
        this.writer = writer;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A summons as sent. */
    public record Sent(int round, Instant sittingAt, String venue, int recipients, boolean tooClose, String sentBy,
            Instant sentAt) {
    }

    /**
     * What sending would do: how many are summoned, the earliest sitting, the last day for the summons and whether
     * today is already past it.
     */
    public record Preview(int round, int recipients, LocalDateTime sittingAt, LocalDate latestSummons,
            boolean tooClose) {
    }

    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<Sent> sent(long campaignId) {
        access.require(campaignId);
        return summonses.findByCampaignIdOrderByRoundNo(campaignId).stream()
                .map(s -> new Sent(s.getRoundNo(), s.getSittingAt(), s.getVenue(), s.getRecipients(), s.isTooClose(),
                        s.getSentBy(), s.getSentAt())).toList();
    }

    /** Round 1: each candidate of the eligible list placed in a room with a start time. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Preview previewRound1(long campaignId) {
        access.require(campaignId);
        return preview(1, round1(campaignId));
    }

    /** Round 2: those who passed round 1 (every eligible candidate where there is no computer round). */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Preview previewRound2(long campaignId, LocalDateTime at, String venue) {
        access.require(campaignId);
        requireRound2(at, venue);
        List<Addressee> to = round2(campaignId);
        return preview(2, to.stream().map(a -> new Letter(a, at, venue.strip())).toList());
    }

    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public int sendRound1(long campaignId, boolean confirmedTooClose) {
        access.require(campaignId);
        return send(campaignId, 1, round1(campaignId), null, confirmedTooClose);
    }

    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public int sendRound2(long campaignId, LocalDateTime at, String venue, boolean confirmedTooClose) {
        access.require(campaignId);
        requireRound2(at, venue);
        List<Letter> letters = round2(campaignId).stream().map(a -> new Letter(a, at, venue.strip())).toList();
        return send(campaignId, 2, letters, venue.strip(), confirmedTooClose);
    }

    // ---------------------------------------------------------------- helpers

    /** One candidate's summons: to this sitting, at this place. */
    private record Letter(Addressee to, LocalDateTime at, String venue) {
    }

    private int send(long campaignId, int round, List<Letter> letters, String venue, boolean confirmedTooClose) {
        summonses.findByCampaignIdAndRoundNo(campaignId, round).ifPresent(s -> {
            throw new DomainException("error.summons.alreadySent", round,
                    DAY.format(s.getSentAt().atZone(ClockConfiguration.ZONE)));
        });
        Preview p = preview(round, letters);
        if (p.tooClose() && !confirmedTooClose) {
            throw new DomainException("error.summons.tooClose", DAY.format(p.latestSummons()));
        }
        letters.forEach(l -> writer.summons(l.to(), round, l.at(), l.venue()));
        Instant sittingAt = p.sittingAt().atZone(ClockConfiguration.ZONE).toInstant();
        summonses.save(new Summons(campaignId, round, sittingAt, venue, letters.size(), p.tooClose(),
                currentUser.username(), clock.instant()));
        events.publishEvent(new NoticesEvents.SummonsSent(campaignId, round, sittingAt, letters.size(), p.tooClose(),
                currentUser.username()));
        return letters.size();
    }

    /** What sending would do; refused when the round concerns nobody yet. */
    private Preview preview(int round, List<Letter> letters) {
        if (letters.isEmpty()) {
            throw new DomainException(round == 1 ? "error.summons.noRooms" : "error.summons.nobody");
        }
        LocalDateTime earliest = letters.stream().map(Letter::at).min(Comparator.naturalOrder()).orElseThrow();
        SummonsDeadlines.Deadline d = deadlines.deadline(null, earliest);
        return new Preview(round, letters.size(), earliest, d.latestSummons(), d.tooClose());
    }

    private List<Letter> round1(long campaignId) {
        return addressees.accepted(campaignId).stream().filter(a -> a.startsAt() != null)
                .map(a -> new Letter(a, LocalDateTime.ofInstant(a.startsAt(), ClockConfiguration.ZONE),
                        a.venue() == null ? "" : a.venue()))
                .toList();
    }

    private List<Addressee> round2(long campaignId) {
        // a campaign without a computer round counts every eligible candidate as through it (Round1Outcome)
        Map<Long, Round1Outcome> round1 = delivery.round1Outcomes(campaignId);
        return addressees.accepted(campaignId).stream().filter(a -> round1.containsKey(a.applicationId())
                && round1.get(a.applicationId()).passed()).toList();
    }

    private void requireRound2(LocalDateTime at, String venue) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (at == null) {
            errors.put("sittingAt", "validation.required");
        } else if (!at.isAfter(LocalDateTime.now(clock.withZone(ClockConfiguration.ZONE)))) {
            errors.put("sittingAt", "validation.summons.past");
        }
        if (venue == null || venue.isBlank()) {
            errors.put("venue", "validation.required");
        } else if (venue.strip().length() > 300) {
            errors.put("venue", "validation.summons.venueTooLong");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
    }
}
