package vn.thituyen.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.domain.Campaign;
import vn.thituyen.campaign.domain.AgencyPlaces;
import vn.thituyen.campaign.domain.CampaignLifecycle;
import vn.thituyen.campaign.domain.CampaignRepository;
import vn.thituyen.campaign.domain.ExamPart;
import vn.thituyen.campaign.domain.ExamPartRepository;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.campaign.domain.Position;
import vn.thituyen.campaign.domain.PositionRepository;
import vn.thituyen.campaign.domain.PositionSheet;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;

/**
 * Setting a campaign up (ADMIN): its details, positions (by form or from an Excel sheet) and each position's exam
 * plan. Everything may change while the campaign is a draft, and once announced only until registration opens.
 */
@Service
public class CampaignSetupService {

    /** Dates in a campaign's window are the province's calendar days. */
    public static final ZoneId ZONE = vn.thituyen.common.ClockConfiguration.ZONE;

    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}";

    private final CampaignRepository campaigns;
    private final PositionRepository positions;
    private final ExamPartRepository parts;
    private final vn.thituyen.campaign.domain.PositionAgencyRepository agencies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignSetupService(CampaignRepository campaigns, PositionRepository positions, ExamPartRepository parts,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            vn.thituyen.campaign.domain.PositionAgencyRepository agencies) {
        this.agencies = agencies;
        this.campaigns = campaigns;
        this.positions = positions;
        this.parts = parts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A campaign's details as the office enters them; the window is calendar days, both inclusive. */
    public record CampaignDraft(String code, String name, CampaignKind kind, RuleSet ruleSet, String authority,
            LocalDate announcedOn, String announcementPlace, LocalDate opensOn, LocalDate closesOn) {
    }

    /** A position's details as entered (or read from a sheet). */
    public record PositionDraft(String code, String name, String agency, Integer quota, EducationLevel minEducation,
            String majors, Set<Language> languages, boolean languageExemption, boolean itExemption) {
    }

    /**
     * The default registration window: from the day after the announcement, for the rule set's period (ND 138/2020
     * Art. 13(2), ND 115/2020 Art. 15(2): 30 days from the public announcement).
     */
    public static LocalDate[] defaultWindow(RuleSet ruleSet, LocalDate announcedOn) {
        LocalDate opens = announcedOn.plusDays(1);
        return new LocalDate[] {opens, opens.plusDays(RuleSetTerms.registrationDays(ruleSet) - 1L)};
    }

    /** The rule sets a campaign of this kind may use. */
    public static List<RuleSet> ruleSetsFor(CampaignKind kind) {
        return java.util.Arrays.stream(RuleSet.values()).filter(r -> RuleSetTerms.appliesTo(r, kind)).toList();
    }

    // --- campaigns ---

    @Secured("ROLE_ADMIN")
    @Transactional
    public long create(CampaignDraft d) {
        Map<String, String> errors = check(d);
        if (d.code() != null && campaigns.findByCode(d.code().strip()).isPresent()) {
            errors.putIfAbsent("code", "error.campaign.codeTaken");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Campaign c = new Campaign(d.code().strip(), d.name().strip(), d.ruleSet(), start(d.opensOn()),
                start(d.closesOn().plusDays(1)), clock.instant());
        describe(c, d);
        c = campaigns.save(c);
        events.publishEvent(new CampaignEvents.CampaignCreated(c.getId(), c.getCode(), c.getRuleSet().name(),
                currentUser.username()));
        return c.getId();
    }

    /** For loaders and tests that set the window to the instant: a draft campaign with only a code and a name. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public long createCampaign(String code, String name, RuleSet ruleSet, Instant opens, Instant closes) {
        if (!closes.isAfter(opens)) {
            throw new DomainException("error.campaign.window");
        }
        Campaign c = campaigns.save(new Campaign(code, name, ruleSet, opens, closes, clock.instant()));
        events.publishEvent(new CampaignEvents.CampaignCreated(c.getId(), code, ruleSet.name(), currentUser.username()));
        return c.getId();
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public void edit(long campaignId, CampaignDraft d) {
        Campaign c = editable(campaignId);
        Map<String, String> errors = check(d);
        errors.remove("code"); // the code is the campaign's name in every document: it never changes
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        describe(c, d);
        events.publishEvent(new CampaignEvents.CampaignEdited(c.getId(), c.getCode(), currentUser.username()));
    }

    /** The details as entered, for the edit form. */
    @Transactional(readOnly = true)
    public CampaignDraft draftOf(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        return new CampaignDraft(c.getCode(), c.getName(), c.getKind(), c.getRuleSet(), c.getAuthority(),
                c.getAnnouncedOn(), c.getAnnouncementPlace(), c.getRegistrationOpensAt().atZone(ZONE).toLocalDate(),
                c.getRegistrationClosesAt().minusNanos(1).atZone(ZONE).toLocalDate());
    }

    /** Whether the campaign's details, positions and plans may still change. */
    @Transactional(readOnly = true)
    public boolean isEditable(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        return CampaignLifecycle.editable(c.getStatus(), clock.instant(), c.getRegistrationOpensAt());
    }

    private void describe(Campaign c, CampaignDraft d) {
        c.describe(d.name().strip(), d.kind(), d.ruleSet(), blankToNull(d.authority()), d.announcedOn(),
                blankToNull(d.announcementPlace()), start(d.opensOn()), start(d.closesOn().plusDays(1)));
    }

    private static Map<String, String> check(CampaignDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.code() == null || !d.code().strip().matches(CODE)) {
            errors.put("code", "error.campaign.code");
        }
        FreeText.check(errors, "name", d.name(), 300);
        if (d.kind() == null) {
            errors.put("kind", "validation.required");
        }
        if (d.ruleSet() == null) {
            errors.put("ruleSet", "validation.required");
        } else if (d.kind() != null && !RuleSetTerms.appliesTo(d.ruleSet(), d.kind())) {
            errors.put("ruleSet", "error.campaign.ruleSetKind");
        }
        putIfProblem(errors, "authority", FreeText.checkOptional(d.authority(), 300));
        putIfProblem(errors, "announcementPlace", FreeText.checkOptional(d.announcementPlace(), 500));
        if (d.opensOn() == null) {
            errors.put("opensOn", "validation.required");
        }
        if (d.closesOn() == null) {
            errors.put("closesOn", "validation.required");
        } else if (d.opensOn() != null && d.closesOn().isBefore(d.opensOn())) {
            errors.put("closesOn", "error.campaign.window");
        }
        if (d.announcedOn() != null && d.opensOn() != null && d.opensOn().isBefore(d.announcedOn())) {
            errors.put("opensOn", "error.campaign.opensBeforeAnnouncement");
        }
        return errors;
    }

    // --- positions ---

    @Secured("ROLE_ADMIN")
    @Transactional
    public long addPosition(long campaignId, String code, String name, String agency, int quota) {
        return savePosition(campaignId, null, new PositionDraft(code, name, agency, quota, EducationLevel.BACHELOR,
                null, Set.of(Language.ENGLISH), true, true));
    }

    /**
     * Creates ({@code positionId} null) or changes a position; a new position gets the default exam plan. A joint
     * position's agencies are kept as they are.
     */
    @Secured("ROLE_ADMIN")
    @Transactional
    public long savePosition(long campaignId, Long positionId, PositionDraft d) {
        return savePosition(campaignId, positionId, d, null);
    }

    /**
     * Creates or changes a position with its agencies when it is a joint position (vị trí việc làm tuyển dụng chung,
     * ND 170/2025/NĐ-CP): {@code agencyText} lists them "name: places", one a line ({@link AgencyPlaces}); blank makes
     * it an ordinary position, null keeps the agencies it has. A joint position's quota is the sum of its agencies'
     * places (the quota entered is not used); only a rule set with joint positions allows them (field
     * {@code agencies}).
     */
    @Secured("ROLE_ADMIN")
    @Transactional
    public long savePosition(long campaignId, Long positionId, PositionDraft draft, String agencyText) {
        Campaign c = editable(campaignId);
        AgencyPlaces.Parsed joint = agencyText == null && positionId != null
                ? AgencyPlaces.parse(AgencyPlaces.format(agencies.findByPositionIdOrderBySeq(positionId).stream()
                        .map(a -> new AgencyPlaces.Entry(a.getName(), a.getPlaces())).toList()))
                : AgencyPlaces.parse(agencyText);
        PositionDraft d = draft;
        if (joint.ok() && !joint.entries().isEmpty()) {
            d = new PositionDraft(d.code(), d.name(), d.agency(), joint.totalPlaces(), d.minEducation(), d.majors(),
                    d.languages(), d.languageExemption(), d.itExemption());
        }
        PositionDraft checked = d;
        Map<String, String> errors = check(d);
        if (!joint.ok()) {
            errors.put("agencies", joint.problem());
        } else if (!joint.entries().isEmpty() && !JointAgencies.allowed(c.getRuleSet())) {
            errors.put("agencies", "error.position.agencies.notAllowed");
        } else if (!joint.entries().isEmpty() && joint.totalPlaces() > 9999) {
            errors.put("agencies", "error.position.quota");
        }
        Position existing = positionId == null ? null : positions.findById(positionId)
                .filter(p -> p.getCampaignId() == campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        if (existing == null && errors.get("code") == null && positions.findByCampaignIdOrderByCode(campaignId)
                .stream().anyMatch(p -> p.getCode().equalsIgnoreCase(checked.code().strip()))) {
            errors.put("code", "error.position.codeTaken");
        }
        if (existing != null) {
            errors.remove("code");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Position p = existing != null ? existing : new Position(campaignId, d.code().strip(), d.name(), d.agency(), 1);
        p.update(d.name().strip(), d.agency().strip(), d.quota(), d.minEducation(), blankToNull(d.majors()),
                d.languages(), d.languageExemption(), d.itExemption());
        p = positions.save(p);
        if (existing == null) {
            writePlan(p.getId(), defaultPlan(c.getRuleSet()));
        }
        if (writeAgencies(p.getId(), joint.entries())) {
            events.publishEvent(new CampaignEvents.JointAgenciesSaved(campaignId, p.getId(), p.getCode(),
                    AgencyPlaces.format(joint.entries()).replace("\n", "; "), currentUser.username()));
        }
        events.publishEvent(new CampaignEvents.PositionSaved(campaignId, p.getId(), p.getCode(), p.getQuota(),
                currentUser.username()));
        return p.getId();
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public void removePosition(long campaignId, long positionId) {
        editable(campaignId);
        Position p = positions.findById(positionId).filter(x -> x.getCampaignId() == campaignId)
                .orElseThrow(() -> new DomainException("error.notFound"));
        parts.deleteRound(positionId, 2);
        agencies.deleteByPosition(positionId);
        positions.delete(p);
        events.publishEvent(new CampaignEvents.PositionRemoved(campaignId, p.getCode(), currentUser.username()));
    }

    /** A joint position's agencies as the form edits them ("name: places", one a line); empty for an ordinary one. */
    @Transactional(readOnly = true)
    public String agencyText(long positionId) {
        return AgencyPlaces.format(agencies.findByPositionIdOrderBySeq(positionId).stream()
                .map(a -> new AgencyPlaces.Entry(a.getName(), a.getPlaces())).toList());
    }

    /** Replaces the position's agencies; true when it had or has any (worth recording). */
    private boolean writeAgencies(long positionId, List<AgencyPlaces.Entry> entries) {
        boolean had = !agencies.findByPositionIdOrderBySeq(positionId).isEmpty();
        agencies.deleteByPosition(positionId);
        for (int i = 0; i < entries.size(); i++) {
            agencies.save(new vn.thituyen.campaign.domain.PositionAgency(positionId, i + 1, entries.get(i).name(),
                    entries.get(i).places()));
        }
        return had || !entries.isEmpty();
    }

    private static Map<String, String> check(PositionDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.code() == null || !d.code().strip().matches(CODE)) {
            errors.put("code", "error.position.code");
        }
        FreeText.check(errors, "name", d.name(), 300);
        FreeText.check(errors, "agency", d.agency(), 300);
        if (d.quota() == null || d.quota() < 1 || d.quota() > 9999) {
            errors.put("quota", "error.position.quota");
        }
        if (d.minEducation() == null) {
            errors.put("minEducation", "validation.required");
        }
        putIfProblem(errors, "majors", FreeText.checkOptional(d.majors(), 1000));
        if (d.languages() == null || d.languages().isEmpty()) {
            errors.put("languages", "error.position.languages");
        }
        return errors;
    }

    // --- the Excel sheet of positions ---

    /** What an import would create, or every problem with its row; nothing is saved. */
    public record ImportPreview(List<PositionSheet.Row> rows, List<PositionSheet.Problem> problems) {
        public boolean ok() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    @Secured("ROLE_ADMIN")
    @Transactional(readOnly = true)
    public ImportPreview previewImport(long campaignId, byte[] file) {
        editable(campaignId);
        PositionSheet.Result read = PositionSheet.read(file);
        List<PositionSheet.Problem> problems = new ArrayList<>(read.problems());
        Set<String> taken = positions.findByCampaignIdOrderByCode(campaignId).stream()
                .map(p -> p.getCode().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
        boolean jointAllowed = JointAgencies.allowed(campaigns.findById(campaignId).orElseThrow().getRuleSet());
        for (PositionSheet.Row r : read.rows()) {
            if (!r.jointAgencies().isEmpty() && !jointAllowed) {
                problems.add(new PositionSheet.Problem(r.row(), "import.positions.jointNotAllowed", r.code()));
            }
            if (taken.contains(r.code().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new PositionSheet.Problem(r.row(), "import.positions.codeTaken", r.code()));
            } else if (!r.code().matches(CODE)) {
                problems.add(new PositionSheet.Problem(r.row(), "import.positions.code", r.code()));
            }
        }
        return new ImportPreview(problems.isEmpty() ? read.rows() : List.of(), problems);
    }

    /** Thrown when a sheet has problems: none of its positions was saved. */
    public static class ImportRefused extends DomainException {
        private final transient List<PositionSheet.Problem> problems;

        public ImportRefused(List<PositionSheet.Problem> problems) {
            super("import.positions.refused", problems.size());
            this.problems = List.copyOf(problems);
        }

        public List<PositionSheet.Problem> problems() {
            return problems;
        }
    }

    /** Takes every position of the sheet, each with the default exam plan, or none. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public int importPositions(long campaignId, byte[] file, String fileName) {
        ImportPreview preview = previewImport(campaignId, file);
        if (!preview.ok()) {
            throw new ImportRefused(preview.problems());
        }
        Campaign c = campaigns.findById(campaignId).orElseThrow();
        for (PositionSheet.Row r : preview.rows()) {
            Position p = new Position(campaignId, r.code(), r.name(), r.agency(), r.quota());
            p.update(r.name(), r.agency(), r.quota(), r.education(), r.majors(), r.languages(), r.languageExemption(),
                    r.itExemption());
            p = positions.save(p);
            writePlan(p.getId(), defaultPlan(c.getRuleSet()));
            writeAgencies(p.getId(), r.jointAgencies());
        }
        events.publishEvent(new CampaignEvents.PositionsImported(campaignId, preview.rows().size(),
                fileName == null ? "" : fileName, currentUser.username()));
        return preview.rows().size();
    }

    // --- exam plans ---

    /** A position's plan: round 1 as the rule set fixes it, round 2 as stored. */
    public record PlanInfo(long positionId, RuleSet ruleSet, List<RuleSet.Round1Part> round1,
            List<ExamPlanRule.Part> round2, ExamPlanRule.Limits limits) {
    }

    @Transactional(readOnly = true)
    public PlanInfo plan(long positionId) {
        Position p = positions.findById(positionId).orElseThrow(() -> new DomainException("error.notFound"));
        Campaign c = campaigns.findById(p.getCampaignId()).orElseThrow();
        List<ExamPlanRule.Part> round2 = parts.findByPositionIdOrderByRoundAscPartAsc(positionId).stream()
                .filter(x -> x.getRound() == 2).map(ExamPart::toPart).toList();
        return new PlanInfo(positionId, c.getRuleSet(), c.getRuleSet().round1Parts(), round2, limits(c));
    }

    /** Thrown when a plan breaks the rule set; each problem names its part. */
    public static class PlanRefused extends DomainException {
        private final transient List<ExamPlanRule.Problem> problems;

        public PlanRefused(List<ExamPlanRule.Problem> problems) {
            super(problems.get(0).key());
            this.problems = List.copyOf(problems);
        }

        public List<ExamPlanRule.Problem> problems() {
            return problems;
        }
    }

    /** A round-2 part as other modules give it (the loader of the demo): the plan rule's part, by value. */
    public record PlanPart(PartKind kind, int minutes, java.math.BigDecimal maxScore, int weightPercent,
            java.math.BigDecimal passMark) {
    }

    /** {@link #savePlan(long, List)} for callers outside the module. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void savePlanParts(long positionId, List<PlanPart> round2) {
        savePlan(positionId, round2.stream().map(p -> new ExamPlanRule.Part(p.kind(), p.minutes(), p.maxScore(),
                p.weightPercent(), p.passMark())).toList());
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public void savePlan(long positionId, List<ExamPlanRule.Part> round2) {
        Position p = positions.findById(positionId).orElseThrow(() -> new DomainException("error.notFound"));
        Campaign c = editable(p.getCampaignId());
        List<ExamPlanRule.Problem> problems = ExamPlanRule.check(round2, limits(c));
        if (!problems.isEmpty()) {
            throw new PlanRefused(problems);
        }
        writePlan(positionId, round2);
        events.publishEvent(new CampaignEvents.ExamPlanChanged(c.getId(), positionId, round2.stream()
                .map(x -> x.kind() + " " + x.minutes() + "/" + x.maxScore().stripTrailingZeros().toPlainString() + "/"
                        + x.weightPercent() + "%/" + (x.passMark() == null ? "-"
                                : x.passMark().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining("; ")), currentUser.username()));
    }

    private void writePlan(long positionId, List<ExamPlanRule.Part> round2) {
        parts.deleteRound(positionId, 2);
        for (int i = 0; i < round2.size(); i++) {
            parts.save(new ExamPart(positionId, 2, i + 1, round2.get(i)));
        }
    }

    private static List<ExamPlanRule.Part> defaultPlan(RuleSet ruleSet) {
        RuleSet.Leadership l = ruleSet.parameters().leadership();
        if (l != null) {
            return ExamPlanRule.leadershipPlan(l.writtenMinutes(), l.part1Gate(), l.presentationMinutes(),
                    l.part1Weight());
        }
        return ExamPlanRule.defaultPlan(RuleSetTerms.partPassMark(ruleSet, ExamPlanRule.HUNDRED));
    }

    private static ExamPlanRule.Limits limits(Campaign c) {
        return RuleSetTerms.limits(c.getRuleSet(), c.getKind());
    }

    private Campaign editable(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        if (!CampaignLifecycle.editable(c.getStatus(), clock.instant(), c.getRegistrationOpensAt())) {
            throw new DomainException("error.campaign.notEditable");
        }
        return c;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void putIfProblem(Map<String, String> errors, String field, String key) {
        if (key != null) {
            errors.put(field, key);
        }
    }
}
