package vn.thituyen.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.delivery.DeliveryEvents.SittingClosed;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.Attempt;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.delivery.domain.TimeExtension;
import vn.thituyen.delivery.domain.TimeExtensionRepository;
import vn.thituyen.delivery.domain.Violation;
import vn.thituyen.delivery.domain.ViolationRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.registration.RegistrationService.RoomInfo;

/**
 * The room console (for the secretary, the invigilators and the chair): the campaign's sittings by room, a room's
 * roster with one-time passwords and live progress, the check-in rule, closing a sitting. The candidate's own
 * session is {@link DeliveryService}; preparing and opening a sitting {@link SittingPreparation}.
 */
@Service
public class RoomConsole {

    private final SittingRepository sittings;
    private final AttemptRepository attempts;
    private final AttemptPartRepository parts;
    private final AnswerRepository answers;
    private final TimeExtensionRepository extensions;
    private final ViolationRepository violations;
    private final RegistrationService registration;
    private final RoomAccess roomAccess;
    private final vn.thituyen.identity.SignInThrottle signInThrottle;
    private final PartScoring scoring;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoomConsole(SittingRepository sittings, AttemptRepository attempts, AttemptPartRepository parts,
            AnswerRepository answers, TimeExtensionRepository extensions, ViolationRepository violations,
            RegistrationService registration, RoomAccess roomAccess, vn.thituyen.identity.SignInThrottle signInThrottle,
            PartScoring scoring, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.sittings = sittings;
        this.attempts = attempts;
        this.parts = parts;
        this.answers = answers;
        this.extensions = extensions;
        this.violations = violations;
        this.registration = registration;
        this.roomAccess = roomAccess;
        this.signInThrottle = signInThrottle;
        this.scoring = scoring;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- secretary / invigilator

    /** Closes the sitting: every part still running is closed and scored now. */
    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR"})
    @Transactional
    public void closeSitting(long sittingId) {
        roomAccess.requireSitting(sittingId);
        Sitting s = sittings.require(sittingId);
        Instant now = clock.instant();
        for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(sittingId)) {
            List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(a.getId());
            for (AttemptPart p : ps) {
                if (p.isOpen()) {
                    scoring.closePart(a, p, now, false);
                }
            }
            scoring.finishIfDone(a, ps, now);
        }
        s.close(now);
        events.publishEvent(new SittingClosed(sittingId, currentUser.username()));
    }

    /**
     * Whether candidates of this sitting must be checked in by an invigilator before they start (on by default);
     * the secretary decides before the sitting opens.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public void requireCheckIn(long sittingId, boolean required) {
        roomAccess.requireSitting(sittingId);
        Sitting s = sittings.require(sittingId);
        s.requireCheckIn(required);
        events.publishEvent(new DeliveryEvents.CheckInRuleSet(sittingId, required, currentUser.username()));
    }

    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<SittingInfo> sittings(long campaignId) {
        roomAccess.requireCampaign(campaignId);
        Map<Long, Sitting> byRoom = sittings.findByCampaignId(campaignId).stream()
                .collect(Collectors.toMap(Sitting::getRoomId, Function.identity()));
        List<SittingInfo> out = new ArrayList<>();
        java.util.Set<Long> assigned = roomAccess.reachesEveryRoom() ? null : roomAccess.assignedRooms();
        for (RoomInfo room : registration.rooms(campaignId)) {
            if (assigned != null && !assigned.contains(room.id())) {
                continue;   // an invigilator sees only the rooms assigned to them
            }
            Sitting s = byRoom.get(room.id());
            out.add(new SittingInfo(room.id(), room.name(), registration.candidatesInRoom(room.id()).size(),
                    s == null ? null : s.getId(), s == null ? null : s.getStatus(), s == null || s.isCheckInRequired()));
        }
        return out;
    }

    /** The room roster with one-time passwords and live progress (for the invigilators and the secretary). */
    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<RosterRow> roster(long sittingId) {
        roomAccess.requireSitting(sittingId);
        sittings.require(sittingId);
        Instant now = clock.instant();
        List<Attempt> all = attempts.findBySittingIdOrderByCandidateNumber(sittingId);
        List<Long> ids = all.stream().map(Attempt::getId).toList();
        Map<Long, List<Violation>> violationsByAttempt = ids.isEmpty() ? Map.of()
                : violations.findByAttemptIdInOrderByRecordedAt(ids).stream()
                        .collect(Collectors.groupingBy(Violation::getAttemptId));
        Map<String, Instant> locked = signInThrottle.lockedLogins(all.stream().map(Attempt::getCandidateNumber)
                .toList());
        List<RosterRow> rows = new ArrayList<>();
        for (Attempt a : all) {
            CandidateInfo c = registration.candidate(a.getApplicationId());
            long answered = answers.latestForAttempt(a.getId()).stream().filter(x -> x.getChosenIdx() != null).count();
            List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(a.getId());
            int extra = extensions.findByAttemptPartIdIn(ps.stream().map(AttemptPart::getId).toList()).stream()
                    .mapToInt(TimeExtension::getMinutes).sum();
            boolean connected = a.getLastSeenAt() != null && a.getLastSeenAt().plusSeconds(90).isAfter(now)
                    && a.getStatus() == Attempt.Status.IN_PROGRESS;
            String sanctions = violationsByAttempt.getOrDefault(a.getId(), List.of()).stream()
                    .map(v -> v.getSanction().name()).collect(Collectors.joining(","));
            rows.add(new RosterRow(a.getId(), a.getCandidateNumber(), c.fullName(), c.dateOfBirth(),
                    a.getOneTimePassword(), a.getStatus().name(), answered, a.getCheckedInAt() != null, connected,
                    extra, sanctions, a.isCancelled(), a.getSessionReplacedAt(), locked.get(a.getCandidateNumber())));
        }
        return rows;
    }

    public record SittingInfo(long roomId, String roomName, int candidates, Long sittingId, Sitting.Status status,
            boolean checkInRequired) {
    }

    public record RosterRow(long attemptId, String candidateNumber, String fullName, java.time.LocalDate dateOfBirth,
            String oneTimePassword, String status, long answered, boolean checkedIn, boolean connected,
            int extraMinutes, String sanctions, boolean cancelled, Instant signedInAgainAt, Instant lockedUntil) {
    }
}
