package vn.thituyen.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.ApplicationEventPublisher;
import vn.thituyen.campaign.domain.Campaign;
import vn.thituyen.campaign.domain.CampaignChoice;
import vn.thituyen.campaign.domain.CampaignChoiceRepository;
import vn.thituyen.campaign.domain.CampaignLifecycle;
import vn.thituyen.campaign.domain.CampaignRepository;
import vn.thituyen.campaign.domain.CampaignStep;
import vn.thituyen.campaign.domain.CampaignStepRepository;
import vn.thituyen.campaign.domain.ExamPartRepository;
import vn.thituyen.campaign.domain.Position;
import vn.thituyen.campaign.domain.PositionRepository;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;

/**
 * Campaigns and positions: what other modules may read, the campaign each staff member works on (the picker), and
 * the lifecycle steps. Setting a campaign up is {@link CampaignSetupService}.
 */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final PositionRepository positions;
    private final ExamPartRepository parts;
    private final CampaignStepRepository steps;
    private final CampaignChoiceRepository choices;
    private final CampaignAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, PositionRepository positions, ExamPartRepository parts,
            CampaignStepRepository steps, CampaignChoiceRepository choices, CampaignAccess access,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.positions = positions;
        this.parts = parts;
        this.steps = steps;
        this.choices = choices;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // --- the campaign a staff member works on ---

    /**
     * The campaign the person acting last chose in the picker, if it still exists and they may still reach it.
     * Nothing is chosen for them.
     */
    @Transactional(readOnly = true)
    public Optional<CampaignInfo> chosen() {
        return currentUser.get().flatMap(p -> choices.findById(p.getUsername()))
                .flatMap(c -> campaigns.findById(c.getCampaignId())).filter(c -> reachable(c))
                .map(CampaignService::info);
    }

    /**
     * The campaigns the person acting may pick: every campaign for an administrator, the campaigns where a staff
     * member holds a council or board seat, the announced ones for a candidate. Newest first.
     */
    @Transactional(readOnly = true)
    public List<CampaignInfo> myCampaigns() {
        if (access.global()) {
            return campaigns();
        }
        java.util.Set<Long> seated = access.seatedIn();
        return campaigns.findAllByOrderByCreatedAtDescIdDesc().stream().filter(c -> seated.contains(c.getId())
                || isCandidate() && c.getStatus().atLeast(CampaignStatus.ANNOUNCED)).map(CampaignService::info)
                .toList();
    }

    private boolean isCandidate() {
        return currentUser.get().map(p -> p.role() == vn.thituyen.identity.Role.CANDIDATE).orElse(false);
    }

    private boolean reachable(Campaign c) {
        return isCandidate() ? c.getStatus().atLeast(CampaignStatus.ANNOUNCED) : access.mayWorkOn(c.getId());
    }

    /** Remembers the campaign the person acting works on, for every staff screen and their next visit. */
    @Transactional
    public CampaignInfo choose(long campaignId) {
        Campaign c = campaigns.findById(campaignId).filter(this::reachable)
                .orElseThrow(() -> new DomainException("error.notFound"));
        String user = currentUser.require().getUsername();
        choices.findById(user).ifPresentOrElse(ch -> ch.choose(campaignId, clock.instant()),
                () -> choices.save(new CampaignChoice(user, campaignId, clock.instant())));
        return info(c);
    }

    // --- lifecycle ---

    /**
     * An office's lifecycle step (announce, open or close registration, close the campaign). Closing registration
     * before the announced end needs a reason. Refused with a message naming what is missing.
     */
    @Secured("ROLE_ADMIN")
    @Transactional
    public CampaignInfo take(long campaignId, LifecycleStep step, String reason) {
        if (!step.manual()) {
            throw new DomainException("error.campaign.step.notManual");
        }
        return info(step(campaignId, step, reason));
    }

    /** What the office is asked before a step: whether a reason is needed and why the step would be refused. */
    @Transactional(readOnly = true)
    public StepCheck check(long campaignId, LifecycleStep step) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        return new StepCheck(refusal(c, step), CampaignLifecycle.reasonRequired(step, clock.instant(),
                c.getRegistrationClosesAt()));
    }

    public record StepCheck(String refusal, boolean reasonRequired) {
    }

    /** The steps taken, oldest first. */
    @Transactional(readOnly = true)
    public List<StepInfo> history(long campaignId) {
        return steps.findByCampaignIdOrderByIdAsc(campaignId).stream()
                .map(s -> new StepInfo(s.getFrom(), s.getTo(), s.getReason(), s.getTakenBy(), s.getTakenAt())).toList();
    }

    /** When the results were first published (the day the appeal window counts from); empty before. */
    @Transactional(readOnly = true)
    public Optional<Instant> resultsPublishedAt(long campaignId) {
        return steps.findByCampaignIdOrderByIdAsc(campaignId).stream()
                .filter(s -> s.getTo() == CampaignStatus.RESULTS_PUBLISHED).map(CampaignStep::getTakenAt).findFirst();
    }

    public record StepInfo(CampaignStatus from, CampaignStatus to, String reason, String by, Instant at) {
    }

    private String refusal(Campaign c, LifecycleStep step) {
        List<Long> ids = positions.findByCampaignIdOrderByCode(c.getId()).stream().map(Position::getId).toList();
        java.util.Set<Long> planned = new java.util.HashSet<>();
        if (!ids.isEmpty()) {
            parts.findByPositionIdIn(ids).forEach(p -> planned.add(p.getPositionId()));
        }
        int withoutPlan = (int) ids.stream().filter(id -> !planned.contains(id)).count();
        return CampaignLifecycle.refusal(step, c.getStatus(), clock.instant(), c.getRegistrationOpensAt(),
                c.getRegistrationClosesAt(), withoutPlan, ids.size());
    }

    private Campaign step(long campaignId, LifecycleStep step, String reason) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        String refusal = refusal(c, step);
        if (refusal != null) {
            throw new DomainException(refusal, new vn.thituyen.common.Messages.Key("campaign.status." + c.getStatus()));
        }
        String why = null;
        if (CampaignLifecycle.reasonRequired(step, clock.instant(), c.getRegistrationClosesAt())) {
            FreeText.require("reason", reason, 1000);
            why = reason.strip();
        } else if (reason != null && !reason.isBlank()) {
            why = FreeText.check(reason, 1000) == null ? reason.strip() : null;
            if (why == null) {
                throw new FieldErrors(java.util.Map.of("reason", FreeText.check(reason, 1000)));
            }
        }
        CampaignStatus from = c.getStatus();
        CampaignStatus to = CampaignLifecycle.after(step, from);
        c.moveTo(to);
        String actor = currentUser.username();
        steps.save(new CampaignStep(c.getId(), from, to, why, actor, clock.instant()));
        events.publishEvent(new CampaignEvents.StepTaken(c.getId(), c.getCode(), from, to, why, actor));
        return c;
    }

    @Transactional(readOnly = true)
    public List<CampaignInfo> campaigns() {
        return campaigns.findAllByOrderByCreatedAtDescIdDesc().stream().map(CampaignService::info).toList();
    }

    /** The campaigns the public may see: announced or later, newest first. */
    @Transactional(readOnly = true)
    public List<CampaignInfo> announcedCampaigns() {
        return campaigns().stream().filter(c -> c.status().atLeast(CampaignStatus.ANNOUNCED)).toList();
    }

    @Transactional(readOnly = true)
    public CampaignInfo campaign(long id) {
        return campaigns.findById(id).map(CampaignService::info).orElseThrow(() -> new DomainException("error.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<CampaignInfo> byCode(String code) {
        return campaigns.findByCode(code).map(CampaignService::info);
    }

    @Transactional(readOnly = true)
    public List<PositionInfo> positions(long campaignId) {
        return positions.findByCampaignIdOrderByCode(campaignId).stream().map(CampaignService::info).toList();
    }

    @Transactional(readOnly = true)
    public PositionInfo position(long positionId) {
        return positions.findById(positionId).map(CampaignService::info)
                .orElseThrow(() -> new DomainException("error.notFound"));
    }

    /** A part of a position's round 2 as other modules need it (marking a written part). */
    public record Round2Part(long positionId, int partNo, PartKind kind, java.math.BigDecimal maxScore, int minutes,
            int weightPercent) {
    }

    @Transactional(readOnly = true)
    public Optional<Round2Part> round2Part(long positionId, int partNo) {
        return round2Parts(positionId).stream().filter(p -> p.partNo() == partNo).findFirst();
    }

    /** The parts of a position's round 2, in order (results combine them with their weights). */
    @Transactional(readOnly = true)
    public List<Round2Part> round2Parts(long positionId) {
        return parts.findByPositionIdOrderByRoundAscPartAsc(positionId).stream().filter(p -> p.getRound() == 2)
                .map(p -> new Round2Part(positionId, p.getPart(), p.toPart().kind(), p.toPart().maxScore(),
                        p.toPart().minutes(), p.toPart().weightPercent()))
                .toList();
    }

    /** The eligible list is published (registration's use case): registration must have been closed. */
    @Transactional
    public void markEligibleListPublished(long campaignId) {
        step(campaignId, LifecycleStep.PUBLISH_ELIGIBLE_LIST, null).markEligibleListPublished(clock.instant());
    }

    /** A sitting of the campaign opened (delivery's use case): the campaign is in its exams; once. */
    @Transactional
    public void examsStarted(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        if (c.getStatus() == CampaignStatus.ELIGIBLE_LIST_PUBLISHED) {
            step(campaignId, LifecycleStep.START_EXAMS, null);
        }
    }

    /** Approved results lock every score of the campaign against edits. */
    @Transactional
    public void lockResults(long campaignId) {
        step(campaignId, LifecycleStep.APPROVE_RESULTS, null).lockResults(clock.instant());
    }

    /** The approved results were published (publication's use case); publishing again changes nothing. */
    @Transactional
    public void resultsPublished(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        if (c.getStatus() == CampaignStatus.RESULTS_APPROVED) {
            step(campaignId, LifecycleStep.PUBLISH_RESULTS, null);
        }
    }

    /**
     * Holds the campaign's row until the caller's transaction ends, so that changes numbering things per campaign
     * (the next version of the eligible list, the next SBD) run one after the other instead of clashing on the
     * number; a second secretary's correction waits a moment, then is numbered after the first.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void serialiseChanges(long campaignId) {
        campaigns.lockById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
    }

    /** Refuses any change to exam evidence once results are approved. */
    @Transactional(readOnly = true)
    public void requireResultsOpen(long campaignId) {
        if (campaign(campaignId).resultsLocked()) {
            throw new DomainException("error.results.locked");
        }
    }

    static CampaignInfo info(Campaign c) {
        return new CampaignInfo(c.getId(), c.getCode(), c.getName(), c.getRuleSet(), c.getRegistrationOpensAt(),
                c.getRegistrationClosesAt(), c.getEligibleListPublishedAt(), c.getResultsLockedAt(), c.getCreatedAt(),
                c.getKind(), c.getAuthority(), c.getAnnouncedOn(), c.getAnnouncementPlace(), c.getStatus());
    }

    static PositionInfo info(Position p) {
        return new PositionInfo(p.getId(), p.getCampaignId(), p.getCode(), p.getName(), p.getAgency(), p.getQuota(),
                p.getMinEducation(), p.getMajors(), p.getLanguages(), p.isLanguageExemption(), p.isItExemption());
    }

    /**
     * A campaign as other modules see it.
     *
     * @param authority the recruiting authority for this campaign's documents; null = the letterhead setting
     */
    public record CampaignInfo(long id, String code, String name, RuleSet ruleSet, Instant registrationOpensAt,
            Instant registrationClosesAt, Instant eligibleListPublishedAt, Instant resultsLockedAt, Instant createdAt,
            CampaignKind kind, String authority, java.time.LocalDate announcedOn, String announcementPlace,
            CampaignStatus status) {

        /** Whether applications are received now: registration opened by the office and within the window. */
        public boolean registrationOpenAt(Instant now) {
            return CampaignLifecycle.acceptsApplications(status, now, registrationOpensAt, registrationClosesAt);
        }

        public boolean eligibleListPublished() {
            return eligibleListPublishedAt != null;
        }

        public boolean resultsLocked() {
            return resultsLockedAt != null;
        }
    }

    public record PositionInfo(long id, long campaignId, String code, String name, String agency, int quota,
            EducationLevel minEducation, String majors, java.util.Set<Language> languages, boolean languageExemption,
            boolean itExemption) {
    }
}
