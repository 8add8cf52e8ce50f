package vn.thituyen.winners;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignCandidates;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.Duty;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.WorkingCalendar;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.results.ResultsEvents;
import vn.thituyen.results.ResultsService;
import vn.thituyen.winners.domain.BarRule;
import vn.thituyen.winners.domain.CancellationRule;
import vn.thituyen.winners.domain.CitizenBar;
import vn.thituyen.winners.domain.CitizenBarRepository;
import vn.thituyen.winners.domain.DossierCheck;
import vn.thituyen.winners.domain.DossierCheckRepository;
import vn.thituyen.winners.domain.DossierDeadlineRule;
import vn.thituyen.winners.domain.WinnerCancellation;
import vn.thituyen.winners.domain.WinnerCancellationRepository;
import vn.thituyen.winners.domain.WinnerDossier;
import vn.thituyen.winners.domain.WinnerDossierRepository;

/**
 * The winners' dossiers (ND 138/2020/NĐ-CP Art. 17; ND 170/2025 keeps it; ND 115/2020 Art. 15 for public employees).
 * When results are published each winner gets a dossier: the last day ({@link DossierDeadlineRule}, the rule set's
 * limit) and the checklist (the rule set's, the priority evidence only for a confirmed priority). The candidate
 * uploads the items on their page; the secretary checks each against the original (append-only); the dossier is
 * complete when every item is verified. A result is cancelled with its kind and reason, confirmed, once
 * ({@link CancellationRule}); false documents bar the citizen ID from the next campaign(s) ({@link BarRule}), which
 * registration flags. The results module then ranks a new version without the cancelled winners (the next ranked
 * takes the place), which the chair approves and the secretary publishes; that publication opens the recognised
 * winner's dossier.
 */
@Service
public class WinnersService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WinnerDossierRepository dossiers;
    private final DossierCheckRepository checks;
    private final WinnerCancellationRepository cancellations;
    private final CitizenBarRepository bars;
    private final CampaignService campaigns;
    private final CampaignRules rules;
    private final CampaignAccess access;
    private final CampaignCandidates candidates;
    private final WorkingCalendar calendar;
    private final RegistrationService registration;
    private final ResultsService results;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WinnerRecords records;

    WinnersService(WinnerDossierRepository dossiers, DossierCheckRepository checks,
            WinnerCancellationRepository cancellations, CitizenBarRepository bars, CampaignService campaigns,
            CampaignRules rules, CampaignAccess access, CampaignCandidates candidates, WorkingCalendar calendar,
            RegistrationService registration, ResultsService results, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, WinnerRecords records) {
        this.records = records;
        this.dossiers = dossiers;
        this.checks = checks;
        this.cancellations = cancellations;
        this.bars = bars;
        this.campaigns = campaigns;
        this.rules = rules;
        this.access = access;
        this.candidates = candidates;
        this.calendar = calendar;
        this.registration = registration;
        this.results = results;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ opening the dossiers

    /**
     * On publication, in its transaction: a dossier for each winner of the published version who has none yet (a
     * winner recognised in a later version gets theirs when that version is published, from that day).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResultsEvents.ResultsPublished e) {
        CampaignInfo campaign = campaigns.campaign(e.campaignId());
        if (campaign.kind().leadership()) {
            return;   // a leadership winner is appointed, not recruited: no dossier here
        }
        RuleSet.WinnerDossier terms = rules.rules(e.campaignId()).winners();
        LocalDate today = today();
        LocalDate last = DossierDeadlineRule.lastDay(today, terms.completionDays(),
                calendar.holidays(today, today.plusDays(terms.completionDays() + 60L)));
        ResultsService.ResultSetView published = results.published(e.campaignId()).orElseThrow();
        for (ResultsService.ResultLine line : published.lines()) {
            if (!"WINNER".equals(line.outcome()) || dossiers.findByApplicationId(line.applicationId()).isPresent()) {
                continue;
            }
            CandidateInfo c = registration.candidate(line.applicationId());
            List<String> checklist = terms.checklist().stream()
                    .filter(i -> i != RuleSet.DossierItem.PRIORITY_EVIDENCE || !c.confirmedPriorities().isEmpty())
                    .map(Enum::name).toList();
            WinnerDossier d = dossiers.save(new WinnerDossier(e.campaignId(), line.positionId(), line.applicationId(),
                    e.resultSetId(), today, last, checklist, clock.instant()));
            boolean recognised = cancellations.existsByCampaignIdAndPositionId(e.campaignId(), line.positionId());
            events.publishEvent(new WinnersEvents.DossierOpened(e.campaignId(), d.getId(), line.applicationId(),
                    line.positionId(), last, String.join(",", checklist), recognised, e.actor()));
        }
    }

    // ------------------------------------------------------------------ the staff's side

    /** One checklist item and its latest check ({@code verified} null: not checked yet). */
    public record ItemCheck(String item, Boolean verified, String note, String checkedBy, Instant checkedAt) {
    }

    /** A cancellation as shown. */
    public record Cancellation(CancellationKind kind, String reason, String cancelledBy, Instant cancelledAt) {
    }

    /** A winner's dossier as the secretary sees it. */
    public record DossierLine(long id, long applicationId, long positionId, String positionName,
            String candidateNumber, String fullName, LocalDate noticedOn, LocalDate deadline, DossierState state,
            List<ItemCheck> items, Cancellation cancellation) {
    }

    /** The campaign's winners' dossiers, by position. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<DossierLine> dossiers(long campaignId) {
        access.require(campaignId);
        return dossiers.findByCampaignIdOrderByPositionIdAscIdAsc(campaignId).stream().map(this::line).toList();
    }

    /**
     * The secretary checks one item of the dossier against the original: verified, or not (then the note says why,
     * required). Append-only: a later check of the item is a new row. Refused on a cancelled result.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public void checkItem(long dossierId, String item, boolean verified, String note) {
        WinnerDossier d = load(dossierId);
        access.requireDuty(d.getCampaignId(), Duty.RESULTS);
        if (cancellations.findByDossierId(dossierId).isPresent()) {
            throw new DomainException("error.winners.ALREADY_CANCELLED");
        }
        if (!d.getChecklist().contains(item)) {
            throw new DomainException("error.dossier.notOnChecklist");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        String key = verified ? FreeText.checkOptional(note, 500) : FreeText.check(note, 500);
        if (key != null) {
            throw new FieldErrors(Map.of("note", key));
        }
        checks.save(new DossierCheck(dossierId, item, verified, clean, currentUser.username(), clock.instant()));
        events.publishEvent(new WinnersEvents.DossierItemChecked(d.getCampaignId(), dossierId, d.getApplicationId(),
                item, verified, clean, currentUser.username()));
    }

    /**
     * Cancels a winner's result (irreversible; the screen confirms first): {@link CancellationKind#NOT_COMPLETED_IN_TIME}
     * only after the last day and while not complete, {@link CancellationKind#FALSE_DOCUMENTS} at any time; the reason
     * is required. False documents also bar the citizen ID ({@link BarRule}). Nothing is stored when refused.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional
    public void cancel(long dossierId, CancellationKind kind, String reason) {
        WinnerDossier d = load(dossierId);
        access.requireDuty(d.getCampaignId(), currentUser.hasRole(Role.CHAIR) ? Duty.CHAIR_DECISIONS : Duty.RESULTS);
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "validation.required");
        }
        FreeText.check(errors, "reason", reason, 1000);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        boolean complete = state(d, List.of()) == DossierState.COMPLETE;
        Optional<CancellationRule.Refusal> refusal = CancellationRule.check(kind, today(), d.getDeadline(), complete,
                cancellations.findByDossierId(dossierId).isPresent());
        if (refusal.isPresent()) {
            throw new DomainException("error.winners." + refusal.get(), DAY.format(d.getDeadline()));
        }
        Instant now = clock.instant();
        WinnerCancellation c = cancellations.save(new WinnerCancellation(d, kind, reason.strip(),
                currentUser.username(), now));
        events.publishEvent(new WinnersEvents.WinnerCancelled(d.getCampaignId(), dossierId, d.getApplicationId(),
                d.getPositionId(), kind.name(), reason.strip(), currentUser.username()));
        if (kind == CancellationKind.FALSE_DOCUMENTS) {
            CampaignCandidates.Candidate who = candidates.candidates(d.getCampaignId()).stream()
                    .filter(x -> x.applicationId() == d.getApplicationId()).findFirst()
                    .orElseThrow(() -> new DomainException("error.notFound"));
            int covered = rules.rules(d.getCampaignId()).winners().barCampaigns();
            bars.save(new CitizenBar(who.citizenId(), who.fullName(), d.getCampaignId(), c.getId(), today(), covered,
                    reason.strip(), currentUser.username(), now));
            events.publishEvent(new WinnersEvents.CitizenBarred(d.getCampaignId(), d.getApplicationId(), covered,
                    reason.strip(), currentUser.username()));
        }
    }

    // ------------------------------------------------------------------ helpers

    private DossierLine line(WinnerDossier d) {
        List<ItemCheck> items = items(d);
        Cancellation cancellation = cancellations.findByDossierId(d.getId())
                .map(c -> new Cancellation(c.getKind(), c.getReason(), c.getCancelledBy(), c.getCancelledAt()))
                .orElse(null);
        CandidateInfo c = registration.candidate(d.getApplicationId());
        return new DossierLine(d.getId(), d.getApplicationId(), d.getPositionId(),
                campaigns.position(d.getPositionId()).name(), c.candidateNumber(), c.fullName(), d.getNoticedOn(),
                d.getDeadline(), state(d, items), items, cancellation);
    }

    private List<ItemCheck> items(WinnerDossier d) {
        return records.items(d);
    }

    private DossierState state(WinnerDossier d, List<ItemCheck> known) {
        return records.state(d, known);
    }

    private WinnerDossier load(long dossierId) {
        return dossiers.findById(dossierId).orElseThrow(() -> new DomainException("error.notFound"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
