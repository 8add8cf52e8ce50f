package vn.thituyen.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.Round1Outcome;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.grading.domain.BoardScoreRule;
import vn.thituyen.grading.domain.MarkSheet;
import vn.thituyen.grading.domain.MarkSheetRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Principal;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/**
 * Round 2 parts marked in person (interviews, practicals; đề án defences to come): each board member scores alone on
 * their own mark sheet; the spread rule makes one score, or asks the board head (or, in the rule set's top band, the
 * council chair) to decide it, the decision a sheet of its own. The same {@link MarkSheet} records every written mark.
 */
@Service
public class GradingService {

    private final CouncilService councils;
    private final CampaignAccess access;
    private final MarkSheetRepository sheets;
    private final RegistrationService registration;
    private final DeliveryService delivery;
    private final CampaignService campaigns;
    private final CampaignRules campaignRules;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradingService(CouncilService councils, CampaignAccess access, MarkSheetRepository sheets,
            RegistrationService registration, DeliveryService delivery, CampaignService campaigns,
            CampaignRules campaignRules, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.campaignRules = campaignRules;
        this.councils = councils;
        this.access = access;
        this.sheets = sheets;
        this.registration = registration;
        this.delivery = delivery;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The interview sheet of the signed-in board member: candidates who passed round 1. */
    @Secured("ROLE_GRADER")
    @Transactional(readOnly = true)
    public InterviewSheet mySheet(long campaignId) {
        long me = currentUser.require().userId();
        CouncilService.Board seats = interviewBoard(campaignId);
        if (!seats.isMember(me)) {
            throw new DomainException("error.board.notMember");
        }
        Map<Long, Round1Outcome> round1 = delivery.round1Outcomes(campaignId);
        // a member of one position's board sees that position's candidates only
        List<CandidateInfo> candidates = withInPersonPart(campaignId).stream()
                .filter(c -> round1.containsKey(c.applicationId()) && round1.get(c.applicationId()).passed())
                .filter(c -> seats.membersFor(c.positionId()).contains(me)).toList();
        List<Long> ids = candidates.stream().map(CandidateInfo::applicationId).toList();
        Map<Long, Map<Long, MarkSheet>> latest = latestMarks(ids);
        Map<Long, MarkSheet> decided = latestDecisions(ids);
        RuleSet.BoardSpread bands = campaignRules.rules(campaignId).boardSpread();
        List<InterviewRow> rows = new ArrayList<>();
        for (CandidateInfo c : candidates) {
            Map<Long, MarkSheet> byGrader = latest.getOrDefault(c.applicationId(), Map.of());
            MarkSheet mine = byGrader.get(me);
            int boardSize = seats.membersFor(c.positionId()).size();
            boolean head = seats.headFor(c.positionId()).filter(h -> h == me).isPresent();
            BoardScoreRule.Outcome outcome = BoardScoreRule.evaluate(
                    byGrader.values().stream().map(MarkSheet::getMark).toList(), boardSize, bands);
            // members score alone: others' scores are visible only to the head, once every member has scored
            rows.add(row(c, mine == null ? null : mine.getMark(), byGrader, boardSize, outcome,
                    decided.get(c.applicationId()), head && outcome.kind() != BoardScoreRule.Kind.INCOMPLETE));
        }
        boolean headOfAny = seats.isHeadOfAny(me);
        return new InterviewSheet(headOfAny, campaigns.campaign(campaignId).resultsLocked(), rows, bands);
    }

    private InterviewRow row(CandidateInfo c, BigDecimal myScore, Map<Long, MarkSheet> byGrader, int boardSize,
            BoardScoreRule.Outcome outcome, MarkSheet d, boolean showScores) {
        BigDecimal finalScore = BoardScoreRule.finalScore(outcome, decider(d),
                d == null ? null : d.getMark());
        List<MemberScore> allScores = showScores
                ? byGrader.values().stream().map(m -> new MemberScore(m.getMarkerName(), m.getMark())).toList()
                : List.of();
        return new InterviewRow(c.applicationId(), c.candidateNumber(), c.fullName(),
                campaigns.position(c.positionId()).name(), myScore, byGrader.size(), boardSize, outcome.kind(),
                outcome.spread(), finalScore, finalScore == null || d == null ? null : d.getReason(), allScores);
    }

    /**
     * The candidates whose board scores are so far apart that the council chair decides (the rule set's top band,
     * when the campaign escalates), with every member's score: the chair's sheet.
     */
    @Secured("ROLE_CHAIR")
    @Transactional(readOnly = true)
    public ChairSheet chairSheet(long campaignId) {
        access.require(campaignId);
        CouncilService.Board seats = interviewBoard(campaignId);
        RuleSet.BoardSpread bands = campaignRules.rules(campaignId).boardSpread();
        List<CandidateInfo> candidates = withInPersonPart(campaignId);
        List<Long> ids = candidates.stream().map(CandidateInfo::applicationId).toList();
        Map<Long, Map<Long, MarkSheet>> latest = latestMarks(ids);
        Map<Long, MarkSheet> decided = latestDecisions(ids);
        List<InterviewRow> rows = new ArrayList<>();
        for (CandidateInfo c : candidates) {
            Map<Long, MarkSheet> byGrader = latest.getOrDefault(c.applicationId(), Map.of());
            int boardSize = seats.membersFor(c.positionId()).size();
            if (byGrader.isEmpty() || boardSize == 0) {
                continue;
            }
            BoardScoreRule.Outcome outcome = BoardScoreRule.evaluate(
                    byGrader.values().stream().map(MarkSheet::getMark).toList(), boardSize, bands);
            if (outcome.kind() == BoardScoreRule.Kind.CHAIR_DECISION_REQUIRED) {
                rows.add(row(c, null, byGrader, boardSize, outcome, decided.get(c.applicationId()), true));
            }
        }
        return new ChairSheet(campaigns.campaign(campaignId).resultsLocked(), rows, bands);
    }

    /** A board member enters (or corrects, as a new row) their score out of 100 for one candidate. */
    @Secured("ROLE_GRADER")
    @Transactional
    public void enterScore(long applicationId, BigDecimal score) {
        CandidateInfo c = registration.candidate(applicationId);
        campaigns.requireResultsOpen(c.campaignId());
        long me = membership(c);
        requirePassedRound1(c);
        if (!BoardScoreRule.validScore(score)) {
            throw new FieldErrors(Map.of("score", "validation.score"));
        }
        Principal p = currentUser.require();
        sheets.save(MarkSheet.inPerson(applicationId, boardPart(c.positionId()), MarkSheet.Kind.MEMBER, me,
                p.fullName(), score, null, clock.instant()));
        events.publishEvent(new GradingEvents.InterviewScoreEntered(applicationId, score, p.getUsername()));
    }

    /** The board head decides the score when members are more than the allowed spread apart, with a reason. */
    @Secured("ROLE_GRADER")
    @Transactional
    public void decideScore(long applicationId, BigDecimal score, String reason) {
        CandidateInfo c = registration.candidate(applicationId);
        campaigns.requireResultsOpen(c.campaignId());
        long me = membership(c);
        if (interviewBoard(c.campaignId()).headFor(c.positionId()).filter(h -> h == me).isEmpty()) {
            throw new DomainException("error.board.notHead");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!BoardScoreRule.validScore(score)) {
            errors.put("score", "validation.score");
        }
        FreeText.check(errors, "reason", reason, 1000);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        BoardScoreRule.Outcome outcome = outcome(c);
        if (outcome.kind() == BoardScoreRule.Kind.CHAIR_DECISION_REQUIRED) {
            throw new DomainException("error.board.chairDecides");
        }
        if (outcome.kind() != BoardScoreRule.Kind.DECISION_REQUIRED) {
            throw new DomainException("error.board.noDecisionNeeded");
        }
        sheets.save(MarkSheet.inPerson(applicationId, boardPart(c.positionId()), MarkSheet.Kind.HEAD, me,
                currentUser.require().fullName(), score, reason.trim(), clock.instant()));
        events.publishEvent(new GradingEvents.InterviewScoreDecided(applicationId, score, reason.trim(),
                currentUser.username()));
    }

    /**
     * The council chair decides the score when the members are at least the rule set's chair band apart (10
     * points, when the campaign escalates (?)), with a reason; recorded like the head's decision, as the chair's.
     */
    @Secured("ROLE_CHAIR")
    @Transactional
    public void decideScoreAsChair(long applicationId, BigDecimal score, String reason) {
        CandidateInfo c = registration.candidate(applicationId);
        access.requireDuty(c.campaignId(), vn.thituyen.campaign.Duty.CHAIR_DECISIONS);
        campaigns.requireResultsOpen(c.campaignId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!BoardScoreRule.validScore(score)) {
            errors.put("score", "validation.score");
        }
        FreeText.check(errors, "reason", reason, 1000);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        if (outcome(c).kind() != BoardScoreRule.Kind.CHAIR_DECISION_REQUIRED) {
            throw new DomainException("error.board.noChairDecisionNeeded");
        }
        Principal chair = currentUser.require();
        sheets.save(MarkSheet.inPerson(applicationId, boardPart(c.positionId()), MarkSheet.Kind.CHAIR,
                chair.userId() == null ? 0 : chair.userId(), chair.fullName(), score, reason.trim(), clock.instant()));
        events.publishEvent(new GradingEvents.InterviewScoreDecidedByChair(applicationId, score, reason.trim(),
                currentUser.username()));
    }

    /** Round-2 score per candidate who passed round 1; null score = not yet final. */
    @Transactional(readOnly = true)
    public Map<Long, Round2Score> round2Scores(long campaignId) {
        CouncilService.Board seats = interviewBoard(campaignId);
        List<CandidateInfo> eligible = withInPersonPart(campaignId);
        Map<Long, Long> positionOf = new HashMap<>();
        eligible.forEach(c -> positionOf.put(c.applicationId(), c.positionId()));
        List<Long> ids = eligible.stream().map(CandidateInfo::applicationId).toList();
        Map<Long, Map<Long, MarkSheet>> latest = latestMarks(ids);
        Map<Long, MarkSheet> decided = latestDecisions(ids);
        RuleSet.BoardSpread bands = campaignRules.rules(campaignId).boardSpread();
        Map<Long, Round2Score> out = new HashMap<>();
        for (Long id : ids) {
            List<BigDecimal> scores = latest.getOrDefault(id, Map.of()).values().stream()
                    .map(MarkSheet::getMark).toList();
            int boardSize = seats.membersFor(positionOf.get(id)).size();
            if (scores.isEmpty() || boardSize == 0) {
                continue;
            }
            BoardScoreRule.Outcome o = BoardScoreRule.evaluate(scores, boardSize, bands);
            MarkSheet d = decided.get(id);
            BigDecimal score = BoardScoreRule.finalScore(o, decider(d),
                    d == null ? null : d.getMark());
            out.put(id, new Round2Score(id, score, o.kind().name()));
        }
        return out;
    }

    private BoardScoreRule.Outcome outcome(CandidateInfo c) {
        int boardSize = interviewBoard(c.campaignId()).membersFor(c.positionId()).size();
        List<BigDecimal> scores = latestMarks(List.of(c.applicationId())).getOrDefault(c.applicationId(), Map.of())
                .values().stream().map(MarkSheet::getMark).toList();
        return BoardScoreRule.evaluate(scores, boardSize, campaignRules.rules(c.campaignId()).boardSpread());
    }

    /** The eligible candidates whose position has a part scored in person ({@link #inPersonPart}). */
    private List<CandidateInfo> withInPersonPart(long campaignId) {
        return registration.eligibleCandidates(campaignId).stream().filter(inPersonPart(campaignId)).toList();
    }

    /**
     * Whether a candidate's position has a part scored in person by a board (an interview or a practical): only those
     * are on the board's sheets. A written-only position has none, and a leadership post's đề án is scored by the
     * council's ballots ({@link ProposalDefence}), not here.
     */
    private java.util.function.Predicate<CandidateInfo> inPersonPart(long campaignId) {
        Map<Long, Boolean> has = new HashMap<>();
        campaigns.positions(campaignId).forEach(p -> has.put(p.id(), campaigns.round2Parts(p.id()).stream()
                .anyMatch(x -> x.kind() == vn.thituyen.campaign.PartKind.INTERVIEW
                        || x.kind() == vn.thituyen.campaign.PartKind.PRACTICAL)));
        return c -> has.getOrDefault(c.positionId(), false);
    }

    private void requirePassedRound1(CandidateInfo c) {
        if (!inPersonPart(c.campaignId()).test(c)) {
            throw new DomainException("error.board.noInPersonPart");
        }
        Round1Outcome r = delivery.round1Outcomes(c.campaignId()).get(c.applicationId());
        if (r == null || !r.passed()) {
            throw new DomainException("error.board.notEligible");
        }
    }

    /** The acting member's account id, when they sit on the interview board that serves the candidate's position. */
    private long membership(CandidateInfo c) {
        Long userId = currentUser.require().userId();
        if (userId == null || !interviewBoard(c.campaignId()).membersFor(c.positionId()).contains(userId)) {
            throw new DomainException("error.board.notMember");
        }
        return userId;
    }

    private CouncilService.Board interviewBoard(long campaignId) {
        return councils.board(campaignId, BoardKind.INTERVIEW);
    }

    /** application → member → that member's latest score (a correction is a sheet of its own) */
    private Map<Long, Map<Long, MarkSheet>> latestMarks(List<Long> applicationIds) {
        Map<Long, Map<Long, MarkSheet>> out = new HashMap<>();
        for (MarkSheet m : inPerson(applicationIds)) {
            if (m.getKind() == MarkSheet.Kind.MEMBER) {
                out.computeIfAbsent(m.getApplicationId(), k -> new LinkedHashMap<>()).put(m.getMarkerId(), m);
            }
        }
        return out;
    }

    /** application → the latest decision (the head's or the chair's) */
    private Map<Long, MarkSheet> latestDecisions(List<Long> applicationIds) {
        Map<Long, MarkSheet> out = new HashMap<>();
        for (MarkSheet m : inPerson(applicationIds)) {
            if (m.getKind() == MarkSheet.Kind.HEAD || m.getKind() == MarkSheet.Kind.CHAIR) {
                out.put(m.getApplicationId(), m);
            }
        }
        return out;
    }

    private List<MarkSheet> inPerson(List<Long> applicationIds) {
        return applicationIds.isEmpty() ? List.of() : sheets.findByApplicationIdInOrderById(applicationIds);
    }

    /** Who made a decision sheet, as the spread rule names the deciders; null for no decision. */
    private static BoardScoreRule.Decider decider(MarkSheet d) {
        return d == null ? null : d.getKind() == MarkSheet.Kind.CHAIR ? BoardScoreRule.Decider.COUNCIL_CHAIR
                : BoardScoreRule.Decider.BOARD_HEAD;
    }

    /** The position's part the board marks in person: its first interview or practical, part 1 without a plan. */
    private int boardPart(long positionId) {
        return campaigns.round2Parts(positionId).stream()
                .filter(p -> p.kind() == vn.thituyen.campaign.PartKind.INTERVIEW
                        || p.kind() == vn.thituyen.campaign.PartKind.PRACTICAL)
                .mapToInt(CampaignService.Round2Part::partNo).findFirst().orElse(1);
    }

    /** @param bands the campaign's spread bands, for the rule shown above the sheet */
    public record InterviewSheet(boolean head, boolean locked, List<InterviewRow> rows, RuleSet.BoardSpread bands) {
    }

    /** What the council chair decides: the candidates in the chair's band, each with every member's score. */
    public record ChairSheet(boolean locked, List<InterviewRow> rows, RuleSet.BoardSpread bands) {
    }

    public record InterviewRow(long applicationId, String candidateNumber, String fullName, String positionName,
            BigDecimal myScore, int scoresEntered, int boardSize, BoardScoreRule.Kind outcome, BigDecimal spread,
            BigDecimal finalScore, String decisionReason, List<MemberScore> allScores) {
    }

    /** One member's score, as the board head sees them all once every member has scored. */
    public record MemberScore(String member, BigDecimal score) {
    }

    public record Round2Score(long applicationId, BigDecimal score, String state) {
    }
}
