package vn.thituyen.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.audit.AuditLog;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.common.Messages;
import vn.thituyen.delivery.domain.Attempt;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.RoomInvigilator;
import vn.thituyen.delivery.domain.RoomInvigilatorRepository;
import vn.thituyen.delivery.domain.RoomSheetPdf;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.delivery.domain.SittingPause;
import vn.thituyen.delivery.domain.SittingPauseRepository;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.delivery.domain.TimeExtension;
import vn.thituyen.delivery.domain.TimeExtensionRepository;
import vn.thituyen.delivery.domain.Violation;
import vn.thituyen.delivery.domain.ViolationRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.identity.IdentityService.AccountSummary;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/**
 * What invigilators do in the room (coi thi): check-in, pausing the room, extra time, late starts the chair
 * allows, violations and their sanctions, and the room's result sheet.
 */
@Service
public class InvigilationService {

    private final DeliveryService delivery;
    private final PartScoring scoring;
    private final SittingRepository sittings;
    private final AttemptRepository attempts;
    private final AttemptPartRepository parts;
    private final TimeExtensionRepository extensions;
    private final ViolationRepository violations;
    private final SittingPauseRepository pauses;
    private final RegistrationService registration;
    private final CampaignService campaigns;
    private final CouncilService councils;
    private final RoomStaffing roomStaffing;
    private final RoomAccess roomAccess;
    private final AuditLog audit;
    private final RoomInvigilatorRepository roomInvigilators;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final vn.thituyen.identity.SignInThrottle signInThrottle;
    private final vn.thituyen.delivery.domain.TicketToken tickets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvigilationService(DeliveryService delivery, PartScoring scoring, SittingRepository sittings, AttemptRepository attempts,
            AttemptPartRepository parts, TimeExtensionRepository extensions, ViolationRepository violations,
            SittingPauseRepository pauses, RegistrationService registration, CampaignService campaigns,
            CouncilService councils, RoomStaffing roomStaffing, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, RoomAccess roomAccess,
            RoomInvigilatorRepository roomInvigilators, IdentityService identity, AuditLog audit,
            vn.thituyen.identity.SignInThrottle signInThrottle, vn.thituyen.delivery.domain.TicketToken tickets) {
        this.tickets = tickets;
        this.signInThrottle = signInThrottle;
        this.audit = audit;
        this.roomAccess = roomAccess;
        this.roomInvigilators = roomInvigilators;
        this.identity = identity;
        this.delivery = delivery;
        this.scoring = scoring;
        this.sittings = sittings;
        this.attempts = attempts;
        this.parts = parts;
        this.extensions = extensions;
        this.violations = violations;
        this.pauses = pauses;
        this.registration = registration;
        this.campaigns = campaigns;
        this.councils = councils;
        this.roomStaffing = roomStaffing;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Pauses the room: answers are refused and no part runs out of time until it resumes. */
    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR"})
    @Transactional
    public void pauseSitting(long sittingId) {
        roomAccess.requireSitting(sittingId);
        Sitting s = sittings.lockById(sittingId).orElseThrow(() -> new DomainException("error.notFound"));
        s.pause(currentUser.username(), clock.instant());
        events.publishEvent(new DeliveryEvents.SittingPaused(sittingId, currentUser.username()));
    }

    /** Resumes the room; every running part gets the paused time back on its stored deadline. */
    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR"})
    @Transactional
    public void resumeSitting(long sittingId) {
        roomAccess.requireSitting(sittingId);
        Sitting s = sittings.lockById(sittingId).orElseThrow(() -> new DomainException("error.notFound"));
        Instant now = clock.instant();
        String pausedBy = s.getPausedBy();
        Instant began = s.resume();
        Duration paused = Duration.between(began, now);
        for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(sittingId)) {
            for (AttemptPart p : parts.findByAttemptIdOrderByPartNo(a.getId())) {
                if (p.isOpen()) {
                    parts.lockById(p.getId()).orElseThrow().giveBack(paused);
                }
            }
        }
        pauses.save(new SittingPause(sittingId, began, now, pausedBy, currentUser.username()));
        events.publishEvent(new DeliveryEvents.SittingResumed(sittingId, paused.toSeconds(), currentUser.username()));
    }

    /**
     * The invigilator confirms the candidate is present (checked against the citizen ID); before the sitting
     * opens or while it runs, never after the candidate handed in or the sitting closed.
     */
    @Secured({"ROLE_INVIGILATOR", "ROLE_SECRETARY"})
    @Transactional
    public void checkIn(long attemptId) {
        roomAccess.requireAttempt(attemptId);
        Attempt a = delivery.attempt(attemptId);
        if (delivery.sitting(a.getSittingId()).getStatus() == Sitting.Status.CLOSED) {
            throw new DomainException("error.checkIn.sittingClosed");
        }
        a.checkIn(currentUser.username(), clock.instant());
        events.publishEvent(new DeliveryEvents.CandidateCheckedIn(attemptId, a.getCandidateNumber(),
                currentUser.username()));
    }

    /**
     * Check-in at the door by code: the QR code of the admission ticket (a USB barcode scanner types its signed token
     * into the field) or the candidate number typed by the invigilator. The token must verify with the ticket key
     * and the candidate must be on this room's roster; the sitting must be open (or paused). Refusals are
     * {@link DomainException}s whose text goes next to the field. Recorded for the audit log with how
     * the candidate was identified.
     *
     * @return the candidate checked in (already checked in: the same, nothing changes)
     */
    @Secured({"ROLE_INVIGILATOR", "ROLE_SECRETARY"})
    @Transactional
    public CheckedIn checkInByCode(long sittingId, String code) {
        roomAccess.requireSitting(sittingId);
        Sitting s = delivery.sitting(sittingId);
        if (s.getStatus() != Sitting.Status.OPEN && s.getStatus() != Sitting.Status.PAUSED) {
            throw new DomainException("error.checkIn.notOpen");
        }
        String text = code == null ? "" : code.strip();
        if (text.isEmpty()) {
            throw new DomainException("validation.required");
        }
        Attempt a;
        String method;
        if (vn.thituyen.delivery.domain.TicketToken.looksLikeToken(text)) {
            var holder = tickets.verify(text)
                    .orElseThrow(() -> new DomainException("error.checkIn.forgedCode"));
            method = "QR";
            a = attempts.findByApplicationId(holder.applicationId())
                    .filter(x -> x.getSittingId().equals(sittingId)).orElseThrow(() -> elsewhere(s,
                            holder.campaignId() == s.getCampaignId() ? holder.applicationId() : null));
        } else {
            method = "SBD";
            a = attempts.findBySittingIdOrderByCandidateNumber(sittingId).stream()
                    .filter(x -> x.getCandidateNumber().equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> elsewhere(s, registration.eligibleCandidates(s.getCampaignId()).stream()
                            .filter(c -> c.candidateNumber().equalsIgnoreCase(text)).map(CandidateInfo::applicationId)
                            .findFirst().orElse(null)));
        }
        boolean already = a.isCheckedIn();
        a.checkIn(currentUser.username(), clock.instant());
        CandidateInfo c = registration.candidate(a.getApplicationId());
        if (!already) {
            events.publishEvent(new DeliveryEvents.CandidateCheckedInByCode(a.getId(), a.getCandidateNumber(),
                    method, sittingId, currentUser.username()));
        }
        return new CheckedIn(a.getId(), a.getCandidateNumber(), c.fullName(), already);
    }

    /** Who was checked in by code; {@code already}: they had been checked in before. */
    public record CheckedIn(long attemptId, String candidateNumber, String fullName, boolean already) {
    }

    /** A genuine candidate of this campaign not on this room's roster: which room is theirs; otherwise unknown. */
    private DomainException elsewhere(Sitting s, Long applicationId) {
        if (applicationId != null) {
            CandidateInfo c = registration.candidate(applicationId);
            if (c.campaignId() == s.getCampaignId() && c.roomId() != null && !c.roomId().equals(s.getRoomId())) {
                return new DomainException("error.checkIn.otherRoom", c.candidateNumber(),
                        registration.room(c.roomId()).name());
            }
        }
        return new DomainException("error.checkIn.unknownCode");
    }

    /** Extra time for one candidate's running part (e.g. a computer failure), recorded with the reason. */
    @Secured({"ROLE_INVIGILATOR", "ROLE_SECRETARY"})
    @Transactional
    public void grantExtraTime(long attemptId, int minutes, String reason) {
        roomAccess.requireAttempt(attemptId);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (minutes < 1 || minutes > 60) {
            errors.put("minutes", "validation.extraMinutes");
        }
        FreeText.check(errors, "reason", reason, 500);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Attempt a = delivery.attempt(attemptId);
        AttemptPart running = parts.findByAttemptIdOrderByPartNo(attemptId).stream().filter(AttemptPart::isOpen)
                .findFirst().orElseThrow(() -> new DomainException("error.exam.partNotRunning"));
        running.extend(minutes);
        extensions.save(new TimeExtension(running.getId(), minutes, reason.trim(), currentUser.username(),
                clock.instant()));
        events.publishEvent(new DeliveryEvents.ExtraTimeGranted(attemptId, a.getCandidateNumber(),
                running.getPartNo(), minutes, reason.trim(), currentUser.username()));
    }

    /** The chair allows a candidate to start later than the rule set's late-arrival limit, with the reason. */
    @Secured("ROLE_CHAIR")
    @Transactional
    public void permitLateStart(long attemptId, String reason) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        FreeText.check(errors, "reason", reason, 500);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        roomAccess.requireAttempt(attemptId);
        Attempt a = delivery.attempt(attemptId);
        roomAccess.requireDuty(registration.candidate(a.getApplicationId()).campaignId(),
                vn.thituyen.campaign.Duty.CHAIR_DECISIONS);
        a.permitLateStart(currentUser.username(), reason.trim());
        events.publishEvent(new DeliveryEvents.LateStartPermitted(attemptId, a.getCandidateNumber(), reason.trim(),
                currentUser.username()));
    }

    /**
     * Records a violation with its sanction and applies the sanction's effect: suspension closes the running
     * part with 0 correct; cancellation cancels the round-1 result. Reprimand and warning are recorded only
     * (their score deduction is a setting whose default is none).
     */
    @Secured({"ROLE_INVIGILATOR", "ROLE_SECRETARY"})
    @Transactional
    public void recordViolation(long attemptId, Sanction sanction, String description, String witnesses) {
        roomAccess.requireAttempt(attemptId);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (sanction == null) {
            errors.put("sanction", "validation.required");
        }
        FreeText.check(errors, "description", description, 1000);
        String witnessError = FreeText.checkOptional(witnesses, 300);
        if (witnessError != null) {
            errors.put("witnesses", witnessError);
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Attempt a = delivery.attempt(attemptId);
        Instant now = clock.instant();
        List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(attemptId);
        AttemptPart running = ps.stream().filter(AttemptPart::isOpen).findFirst().orElse(null);
        violations.save(new Violation(attemptId, running == null ? null : running.getPartNo(), sanction,
                description.trim(), witnesses == null || witnesses.isBlank() ? null : witnesses.trim(),
                currentUser.username(), now));
        if (sanction == Sanction.CANCELLATION) {
            a.cancel();
        }
        if (running != null && (sanction == Sanction.SUSPENSION || sanction == Sanction.CANCELLATION)) {
            parts.lockById(running.getId()).orElseThrow().close(now, 0, false);
        }
        scoring.finishIfDone(a, now);
        events.publishEvent(new DeliveryEvents.ViolationRecorded(attemptId, a.getCandidateNumber(), sanction.name(),
                description.trim(), currentUser.username()));
    }

    /** The invigilators a room of the campaign needs before its sitting opens (the rule set's; two by the rules). */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN", "ROLE_INVIGILATOR"})
    @Transactional(readOnly = true)
    public int invigilatorsPerRoom(long campaignId) {
        roomAccess.requireCampaign(campaignId);
        return roomStaffing.invigilatorsPerRoom(campaignId);
    }

    /** The invigilators assigned to a room, in the order assigned. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN", "ROLE_INVIGILATOR"})
    @Transactional(readOnly = true)
    public List<AccountSummary> invigilators(long roomId) {
        roomAccess.requireRoom(roomId);
        return roomInvigilators.findByRoomIdOrderByAssignedAt(roomId).stream()
                .map(r -> identity.account(r.getUserId())).toList();
    }

    /** The invigilators the secretary may assign to a room: the members of the campaign's invigilation board. */
    @Secured("ROLE_SECRETARY")
    @Transactional(readOnly = true)
    public List<AccountSummary> invigilatorAccounts(long campaignId) {
        roomAccess.requireCampaign(campaignId);
        return councils.board(campaignId, BoardKind.INVIGILATION).members().stream()
                .map(identity::account).filter(a -> a.role() == Role.INVIGILATOR).toList();
    }

    /** The secretary assigns an invigilator to a room: from then on they reach its roster and act in it. */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public void assignInvigilator(long roomId, long userId) {
        vn.thituyen.registration.RegistrationService.RoomInfo room = registration.room(roomId);
        roomAccess.requireCampaign(room.campaignId());
        AccountSummary account = identity.account(userId);
        if (account.role() != Role.INVIGILATOR) {
            throw new FieldErrors(Map.of("invigilator", "validation.invigilator.role"));
        }
        if (!councils.sitsOn(room.campaignId(), BoardKind.INVIGILATION, userId)) {
            throw new FieldErrors(Map.of("invigilator", "error.room.notOnBoard"));
        }
        roomStaffing.requireNoRelative(room, userId);
        if (roomInvigilators.existsByRoomIdAndUserId(roomId, userId)) {
            return;
        }
        roomInvigilators.save(new RoomInvigilator(roomId, userId, currentUser.username(), clock.instant()));
        events.publishEvent(new DeliveryEvents.InvigilatorAssigned(roomId, account.username(),
                currentUser.username()));
    }

    /** Takes an invigilator off a room; they no longer reach it. */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public void unassignInvigilator(long roomId, long userId) {
        roomAccess.requireCampaign(registration.room(roomId).campaignId());
        roomInvigilators.findByRoomIdAndUserId(roomId, userId).ifPresent(r -> {
            roomInvigilators.delete(r);
            events.publishEvent(new DeliveryEvents.InvigilatorUnassigned(roomId, identity.account(userId).username(),
                    currentUser.username()));
        });
    }

    /**
     * The invigilator ends a candidate's sign-in lockout (too many wrong one-time passwords) after checking the
     * candidate at the desk; recorded in the log and the audit trail.
     */
    @Secured({"ROLE_INVIGILATOR", "ROLE_SECRETARY"})
    @Transactional
    public void liftSignInLockout(long attemptId) {
        roomAccess.requireAttempt(attemptId);
        Attempt a = delivery.attempt(attemptId);
        signInThrottle.liftForExamRoom(a.getCandidateNumber());
    }

    /** The room's round-1 result sheet as a PDF for the invigilators to sign. */
    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public byte[] roomSheetPdf(long sittingId) {
        roomAccess.requireSitting(sittingId);
        Sitting s = delivery.sitting(sittingId);
        var campaign = campaigns.campaign(s.getCampaignId());
        List<String> partNames = campaign.ruleSet().round1Parts().stream()
                .map(p -> Messages.vi("exam.part", p.number(), Messages.vi("subject." + p.subject()))).toList();
        List<Attempt> all = attempts.findBySittingIdOrderByCandidateNumber(sittingId);
        Map<Long, List<Violation>> byAttempt = all.isEmpty() ? Map.of()
                : violations.findByAttemptIdInOrderByRecordedAt(all.stream().map(Attempt::getId).toList()).stream()
                        .collect(Collectors.groupingBy(Violation::getAttemptId));
        Map<Long, Round1Outcome> outcomes = delivery.round1Outcomes(s.getCampaignId());
        List<RoomSheetPdf.Line> lines = new ArrayList<>();
        for (Attempt a : all) {
            CandidateInfo c = registration.candidate(a.getApplicationId());
            List<String> cells = parts.findByAttemptIdOrderByPartNo(a.getId()).stream()
                    .map(p -> p.isExempt() ? Messages.vi("exam.exempt")
                            : p.getCorrectCount() == null ? "" : p.getCorrectCount() + "/" + p.getQuestionCount())
                    .toList();
            Round1Outcome o = outcomes.get(a.getApplicationId());
            String outcome = a.getStartedAt() == null ? Messages.vi("roomSheet.absent")
                    : a.getStatus() != Attempt.Status.SUBMITTED ? Messages.vi("attempt." + a.getStatus())
                    : Messages.vi(o != null && o.passed() ? "exam.passed" : "exam.failed");
            String v = byAttempt.getOrDefault(a.getId(), List.of()).stream()
                    .map(x -> Messages.vi("sanction." + x.getSanction())).collect(Collectors.joining(", "));
            lines.add(new RoomSheetPdf.Line(a.getCandidateNumber(), c.fullName(), c.dateOfBirth(), cells, outcome, v));
        }
        return RoomSheetPdf.render(campaign.name(), registration.room(s.getRoomId()).name(),
                java.time.LocalDate.ofInstant(clock.instant(), clock.getZone()), partNames, lines,
                Messages.vi("pdf.auditCheckpoint", audit.checkpoint().text()));
    }

}
