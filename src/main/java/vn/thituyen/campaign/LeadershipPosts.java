package vn.thituyen.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.domain.Campaign;
import vn.thituyen.campaign.domain.CampaignLifecycle;
import vn.thituyen.campaign.domain.CampaignRepository;
import vn.thituyen.campaign.domain.LeadershipPost;
import vn.thituyen.campaign.domain.LeadershipPostRepository;
import vn.thituyen.campaign.domain.LeadershipPostRule;
import vn.thituyen.campaign.domain.LeadershipSettings;
import vn.thituyen.campaign.domain.LeadershipSettingsRepository;
import vn.thituyen.campaign.domain.Position;
import vn.thituyen.campaign.domain.PositionRepository;
import vn.thituyen.campaign.domain.PostDecision;
import vn.thituyen.campaign.domain.PostDecisionRepository;
import vn.thituyen.campaign.domain.PostStandard;
import vn.thituyen.campaign.domain.PostStandardRepository;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.common.Messages;
import vn.thituyen.identity.CurrentUser;

/**
 * The posts of a leadership exam (thi tuyển lãnh đạo, quản lý cấp phòng; Official Letter 2424/BNV-CCVC of 2017):
 * each a title of a named division of a named agency with the authority that appoints the winner, and its
 * standards as a checklist; the campaign's settings where the province's regulation decides; and the decision on
 * each post's exam once its candidates are reviewed — it goes ahead with at least two eligible candidates, else it
 * is re-announced with a new window or withdrawn, recorded with the reason.
 */
@Service
public class LeadershipPosts {

    private final CampaignRepository campaigns;
    private final PositionRepository positions;
    private final LeadershipPostRepository posts;
    private final PostStandardRepository standards;
    private final PostDecisionRepository decisions;
    private final LeadershipSettingsRepository settings;
    private final CampaignSetupService setup;
    private final CampaignAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadershipPosts(CampaignRepository campaigns, PositionRepository positions, LeadershipPostRepository posts,
            PostStandardRepository standards, PostDecisionRepository decisions, LeadershipSettingsRepository settings,
            CampaignSetupService setup, CampaignAccess access, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.positions = positions;
        this.posts = posts;
        this.standards = standards;
        this.decisions = decisions;
        this.settings = settings;
        this.setup = setup;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A post as entered. */
    public record PostDraft(String code, PostTitle title, String division, String agency,
            String appointingAuthority) {
    }

    /** One standard as entered. */
    public record StandardDraft(StandardKind kind, String requirement) {
    }

    public record StandardInfo(long id, int ordinal, StandardKind kind, String requirement) {
    }

    public record PostInfo(long positionId, long campaignId, String code, String name, PostTitle title,
            String division, String agency, String appointingAuthority, PostState state,
            Instant reopensAt, Instant reclosesAt, List<StandardInfo> standards) {

        /**
         * Whether a person holding this post now (title, division, agency as they wrote them) holds this very post:
         * the exam is for a first appointment only ({@link LeadershipPostRule#mayBeNominated}).
         */
        public boolean heldBy(String heldTitle, String heldDivision, String heldAgency) {
            LeadershipPostRule.Post me = new LeadershipPostRule.Post(Messages.vi("leadership.title." + title),
                    division, agency);
            // the division may be written with or without the word "Phòng"
            LeadershipPostRule.Post bare = new LeadershipPostRule.Post(me.title(), divisionWithoutWord(division),
                    agency);
            LeadershipPostRule.Post held = new LeadershipPostRule.Post(heldTitle, heldDivision == null ? null
                    : divisionWithoutWord(heldDivision.strip()), heldAgency);
            return LeadershipPostRule.mayBeNominated(held, bare).isPresent()
                    || LeadershipPostRule.mayBeNominated(new LeadershipPostRule.Post(heldTitle, heldDivision,
                            heldAgency), me).isPresent();
        }
    }

    public record DecisionInfo(PostState decision, int eligible, Instant opensAt, Instant closesAt,
            String reason, String by, Instant at) {
    }

    /** Whether a post's exam may go ahead with this many eligible candidates (at least the minimum, two). */
    public static boolean mayGoAhead(int eligible, int minimum) {
        return LeadershipPostRule.mayGoAhead(eligible, minimum);
    }

    // --- settings ---

    /** The campaign's leadership rules: the rule set's, with the campaign's choices where it made them. */
    @Transactional(readOnly = true)
    public RuleSet.Leadership settings(long campaignId) {
        Campaign c = leadershipCampaign(campaignId);
        RuleSet.Leadership base = c.getRuleSet().parameters().leadership();
        return settings.findById(campaignId).map(s -> s.applyTo(base)).orElse(base);
    }

    /** The settings the province's regulation decides, while the campaign may still change. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void saveSettings(long campaignId, RuleSet.Leadership.Combination combination, Integer part1Weight,
            boolean confidenceVote, boolean namedBallots, boolean outsideCandidates, Integer presentationMinutes,
            Integer questionMinutes) {
        Campaign c = editable(campaignId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (combination == null) {
            errors.put("combination", "validation.required");
        }
        int weight = part1Weight == null ? 0 : part1Weight;
        if (combination == RuleSet.Leadership.Combination.WEIGHTS && (weight < 1 || weight > 99)) {
            errors.put("part1Weight", "error.leadership.weight");
        }
        if (presentationMinutes == null || presentationMinutes < 1 || presentationMinutes > 45) {
            errors.put("presentationMinutes", "error.leadership.presentationMinutes");
        }
        if (questionMinutes == null || questionMinutes < 0 || questionMinutes > 120) {
            errors.put("questionMinutes", "error.leadership.questionMinutes");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        RuleSet.Leadership base = c.getRuleSet().parameters().leadership();
        RuleSet.Leadership chosen = new RuleSet.Leadership(base.part1Gate(), base.winningMark(),
                base.minimumCandidates(), base.writtenMinutes(), presentationMinutes, questionMinutes, combination,
                combination == RuleSet.Leadership.Combination.WEIGHTS ? weight : 0, confidenceVote, namedBallots,
                outsideCandidates);
        LeadershipSettings s = settings.findById(campaignId).orElseGet(() -> new LeadershipSettings(campaignId));
        s.set(chosen, currentUser.username(), clock.instant());
        settings.save(s);
        events.publishEvent(new CampaignEvents.LeadershipSettingsChanged(campaignId, combination.name(),
                chosen.part1Weight(), confidenceVote, namedBallots, outsideCandidates, presentationMinutes,
                questionMinutes, currentUser.username()));
    }

    // --- posts ---

    @Transactional(readOnly = true)
    public List<PostInfo> posts(long campaignId) {
        List<Position> ps = positions.findByCampaignIdOrderByCode(campaignId);
        Map<Long, LeadershipPost> byId = new HashMap<>();
        posts.findByPositionIdIn(ps.stream().map(Position::getId).toList())
                .forEach(p -> byId.put(p.getPositionId(), p));
        Map<Long, List<StandardInfo>> std = new HashMap<>();
        standards.findByPositionIdInOrderByPositionIdAscOrdinalAsc(byId.keySet()).forEach(s -> std
                .computeIfAbsent(s.getPositionId(), k -> new ArrayList<>()).add(info(s)));
        return ps.stream().filter(p -> byId.containsKey(p.getId()))
                .map(p -> info(p, byId.get(p.getId()), std.getOrDefault(p.getId(), List.of()))).toList();
    }

    /** The post of a position; empty for a recruitment position. */
    @Transactional(readOnly = true)
    public Optional<PostInfo> post(long positionId) {
        return posts.findById(positionId).flatMap(lp -> positions.findById(positionId).map(p -> info(p, lp,
                standards.findByPositionIdOrderByOrdinal(positionId).stream().map(LeadershipPosts::info).toList())));
    }

    /**
     * Creates ({@code positionId} null) or changes a post: a position with a quota of one, named for its title and
     * division, and — when new — the usual standards as its checklist, which the office then adjusts.
     */
    @Secured("ROLE_ADMIN")
    @Transactional
    public long savePost(long campaignId, Long positionId, PostDraft d) {
        leadershipCampaign(campaignId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.title() == null) {
            errors.put("title", "validation.required");
        }
        FreeText.check(errors, "division", d.division(), 250);
        FreeText.check(errors, "agency", d.agency(), 300);
        FreeText.check(errors, "appointingAuthority", d.appointingAuthority(), 300);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String name = Messages.vi("leadership.title." + d.title()) + " " + divisionWithoutWord(d.division().strip());
        long id = setup.savePosition(campaignId, positionId, new CampaignSetupService.PositionDraft(d.code(), name,
                d.agency(), 1, EducationLevel.BACHELOR, null, java.util.Set.of(Language.ENGLISH), false, false));
        LeadershipPost post = posts.findById(id).orElse(null);
        if (post == null) {
            post = new LeadershipPost(id, d.title(), d.division().strip(), d.appointingAuthority().strip());
            posts.save(post);
            List<StandardDraft> defaults = defaultStandards();
            for (int i = 0; i < defaults.size(); i++) {
                standards.save(new PostStandard(id, i + 1, defaults.get(i).kind(), defaults.get(i).requirement()));
            }
        } else {
            post.describe(d.title(), d.division().strip(), d.appointingAuthority().strip());
        }
        return id;
    }

    /**
     * The standards a division-level post usually asks for (Quy định 89-QĐ/TW 2017 and the province's regulation
     * on leadership standards), as a starting checklist: each post's own wording replaces them.
     */
    public static List<StandardDraft> defaultStandards() {
        List<StandardDraft> out = new ArrayList<>();
        for (StandardKind k : List.of(StandardKind.RANK, StandardKind.YEARS_OF_SERVICE,
                StandardKind.POLITICAL_THEORY, StandardKind.STATE_MANAGEMENT, StandardKind.DEGREE,
                StandardKind.AGE_AT_APPOINTMENT, StandardKind.SUCCESSION_PLAN, StandardKind.HEALTH)) {
            out.add(new StandardDraft(k, Messages.vi("leadership.standard.default." + k)));
        }
        return out;
    }

    /** Replaces a post's checklist while the campaign may still change; each line is checked and none lost. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void saveStandards(long positionId, List<StandardDraft> drafts) {
        Position p = positions.findById(positionId).orElseThrow(() -> new DomainException("error.notFound"));
        editable(p.getCampaignId());
        posts.findById(positionId).orElseThrow(() -> new DomainException("error.notFound"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (drafts.isEmpty()) {
            errors.put("standards", "error.leadership.standardsEmpty");
        }
        if (drafts.size() > 30) {
            errors.put("standards", "error.leadership.standardsTooMany");
        }
        for (int i = 0; i < drafts.size(); i++) {
            StandardDraft d = drafts.get(i);
            if (d.kind() == null) {
                errors.putIfAbsent("standard." + i, "validation.required");
            }
            String problem = FreeText.check(d.requirement(), 1000);
            if (problem != null) {
                errors.putIfAbsent("standard." + i, problem);
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        standards.deleteAll(standards.findByPositionIdOrderByOrdinal(positionId));
        standards.flush();
        for (int i = 0; i < drafts.size(); i++) {
            standards.save(new PostStandard(positionId, i + 1, drafts.get(i).kind(),
                    drafts.get(i).requirement().strip()));
        }
        events.publishEvent(new CampaignEvents.PostStandardsChanged(p.getCampaignId(), positionId, p.getCode(),
                drafts.size(), currentUser.username()));
    }

    // --- whether a post's exam goes ahead ---

    /**
     * Whether the post takes applications now: inside the campaign's window, or inside the new window of a
     * re-announced post (while the campaign has not published its eligible list).
     */
    @Transactional(readOnly = true)
    public boolean acceptsApplications(long positionId, Instant now) {
        Position p = positions.findById(positionId).orElseThrow(() -> new DomainException("error.notFound"));
        Campaign c = campaigns.findById(p.getCampaignId()).orElseThrow();
        LeadershipPost post = posts.findById(positionId).orElse(null);
        if (post != null && post.getState() == PostState.WITHDRAWN) {
            return false;
        }
        if (post != null && post.getState() == PostState.REANNOUNCED) {
            return !c.getStatus().atLeast(CampaignStatus.ELIGIBLE_LIST_PUBLISHED)
                    && c.getStatus().atLeast(CampaignStatus.REGISTRATION_OPEN)
                    && !now.isBefore(post.getReopensAt()) && now.isBefore(post.getReclosesAt());
        }
        return CampaignLifecycle.acceptsApplications(c.getStatus(), now, c.getRegistrationOpensAt(),
                c.getRegistrationClosesAt());
    }

    /**
     * Records the decision on a post's exam, given its eligible candidates now (counted by registration): it goes
     * ahead only with at least the rule set's minimum (two); with fewer it is re-announced with a new window (the
     * dates are the province's calendar days, both inclusive) or withdrawn, always with the reason.
     */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional
    public void decide(long positionId, PostState decision, int eligible, LocalDate opensOn,
            LocalDate closesOn, String reason) {
        Position p = positions.findById(positionId).orElseThrow(() -> new DomainException("error.notFound"));
        Campaign c = leadershipCampaign(p.getCampaignId());
        access.require(c.getId());
        if (!c.getStatus().atLeast(CampaignStatus.REGISTRATION_CLOSED) && decision != PostState.WITHDRAWN
                || c.getStatus().atLeast(CampaignStatus.ELIGIBLE_LIST_PUBLISHED)) {
            throw new DomainException("error.leadership.decideWhen");
        }
        LeadershipPost post = posts.findById(positionId).orElseThrow(() -> new DomainException("error.notFound"));
        int minimum = c.getRuleSet().parameters().leadership().minimumCandidates();
        boolean enough = LeadershipPostRule.mayGoAhead(eligible, minimum);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant opens = null;
        Instant closes = null;
        switch (decision) {
            case GO_AHEAD -> {
                if (!enough) {
                    throw new DomainException("error.leadership.tooFew", eligible, minimum);
                }
            }
            case REANNOUNCED -> {
                if (enough) {
                    throw new DomainException("error.leadership.enough", eligible);
                }
                LocalDate today = LocalDate.now(clock.withZone(CampaignSetupService.ZONE));
                if (opensOn == null || opensOn.isBefore(today)) {
                    errors.put("opensOn", "error.leadership.reopenPast");
                }
                if (closesOn == null || opensOn != null && closesOn.isBefore(opensOn)) {
                    errors.put("closesOn", "error.campaign.window");
                }
                if (errors.isEmpty()) {
                    opens = opensOn.atStartOfDay(CampaignSetupService.ZONE).toInstant();
                    closes = closesOn.plusDays(1).atStartOfDay(CampaignSetupService.ZONE).toInstant();
                }
            }
            case WITHDRAWN -> {
                // a post with enough candidates may still be withdrawn (the agency reorganised), with the reason
            }
            case OPEN -> throw new DomainException("error.leadership.decideWhen");
        }
        String why = FreeText.check(reason, 1000);
        if (decision != PostState.GO_AHEAD && why != null) {
            errors.put("reason", why);
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == PostState.REANNOUNCED) {
            post.reopen(opens, closes);
        } else {
            post.decide(decision);
        }
        decisions.save(new PostDecision(positionId, decision, eligible, opens, closes, cleanReason,
                currentUser.username(), clock.instant()));
        events.publishEvent(new CampaignEvents.PostDecided(c.getId(), positionId, p.getCode(), decision.name(),
                eligible, cleanReason, currentUser.username()));
    }

    @Transactional(readOnly = true)
    public List<DecisionInfo> decisions(long positionId) {
        return decisions.findByPositionIdOrderById(positionId).stream().map(d -> new DecisionInfo(d.getDecision(),
                d.getEligible(), d.getOpensAt(), d.getClosesAt(), d.getReason(), d.getDecidedBy(), d.getDecidedAt()))
                .toList();
    }

    // ---

    static String divisionWithoutWord(String division) {
        // "Phòng Tổ chức cán bộ" → "Trưởng phòng Tổ chức cán bộ", not "Trưởng phòng Phòng …"
        return division.regionMatches(true, 0, "Phòng ", 0, 6) ? division.substring(6) : division;
    }

    private static StandardInfo info(PostStandard s) {
        return new StandardInfo(s.getId(), s.getOrdinal(), s.getKind(), s.getRequirement());
    }

    private static PostInfo info(Position p, LeadershipPost lp, List<StandardInfo> std) {
        return new PostInfo(p.getId(), p.getCampaignId(), p.getCode(), p.getName(), lp.getTitle(), lp.getDivision(),
                p.getAgency(), lp.getAppointingAuthority(), lp.getState(), lp.getReopensAt(), lp.getReclosesAt(),
                std);
    }

    private Campaign leadershipCampaign(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        if (!c.getKind().leadership() || c.getRuleSet().parameters().leadership() == null) {
            throw new DomainException("error.leadership.notLeadership");
        }
        return c;
    }

    private Campaign editable(long campaignId) {
        Campaign c = leadershipCampaign(campaignId);
        if (!CampaignLifecycle.editable(c.getStatus(), clock.instant(), c.getRegistrationOpensAt())) {
            throw new DomainException("error.campaign.notEditable");
        }
        return c;
    }
}
