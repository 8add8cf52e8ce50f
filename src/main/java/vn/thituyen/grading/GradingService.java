package vn.thituyen.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.Round1Outcome;
import vn.thituyen.grading.domain.BoardMember;
import vn.thituyen.grading.domain.BoardMemberRepository;
import vn.thituyen.grading.domain.BoardScoreRule;
import vn.thituyen.grading.domain.InterviewDecision;
import vn.thituyen.grading.domain.InterviewDecisionRepository;
import vn.thituyen.grading.domain.InterviewMark;
import vn.thituyen.grading.domain.InterviewMarkRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Principal;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/** Round 2 interviews: each board member scores alone; the spread rule makes one score. */
@Service
public class GradingService {

    private final BoardMemberRepository board;
    private final InterviewMarkRepository marks;
    private final InterviewDecisionRepository decisions;
    private final RegistrationService registration;
    private final DeliveryService delivery;
    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradingService(BoardMemberRepository board, InterviewMarkRepository marks, InterviewDecisionRepository decisions,
            RegistrationService registration, DeliveryService delivery, CampaignService campaigns,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.board = board;
        this.marks = marks;
        this.decisions = decisions;
        this.registration = registration;
        this.delivery = delivery;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY"})
    @Transactional
    public void addBoardMember(long campaignId, long userId, boolean head) {
        if (head && board.findByCampaignId(campaignId).stream().anyMatch(BoardMember::isHead)) {
            throw new DomainException("error.board.headExists");
        }
        board.save(new BoardMember(campaignId, userId, head));
    }

    /** The interview sheet of the signed-in board member: candidates who passed round 1. */
    @Secured("ROLE_GRADER")
    @Transactional(readOnly = true)
    public InterviewSheet mySheet(long campaignId) {
        BoardMember me = membership(campaignId);
        List<BoardMember> members = board.findByCampaignId(campaignId);
        Map<Long, Round1Outcome> round1 = delivery.round1Outcomes(campaignId);
        List<CandidateInfo> candidates = registration.eligibleCandidates(campaignId).stream()
                .filter(c -> round1.containsKey(c.applicationId()) && round1.get(c.applicationId()).passed()).toList();
        List<Long> ids = candidates.stream().map(CandidateInfo::applicationId).toList();
        Map<Long, Map<Long, InterviewMark>> latest = latestMarks(ids);
        Map<Long, InterviewDecision> decided = latestDecisions(ids);
        BigDecimal maxSpread = campaigns.campaign(campaignId).ruleSet().maxBoardSpread();
        List<InterviewRow> rows = new ArrayList<>();
        for (CandidateInfo c : candidates) {
            Map<Long, InterviewMark> byGrader = latest.getOrDefault(c.applicationId(), Map.of());
            InterviewMark mine = byGrader.get(me.getUserId());
            BoardScoreRule.Outcome outcome = BoardScoreRule.evaluate(
                    byGrader.values().stream().map(InterviewMark::getScore).toList(), members.size(), maxSpread);
            InterviewDecision d = decided.get(c.applicationId());
            BigDecimal finalScore = outcome.kind() == BoardScoreRule.Kind.AGREED ? outcome.score()
                    : outcome.kind() == BoardScoreRule.Kind.DECISION_REQUIRED && d != null ? d.getScore() : null;
            // members score alone: others' scores are visible only to the head, once every member has scored
            List<MemberScore> allScores = me.isHead() && outcome.kind() != BoardScoreRule.Kind.INCOMPLETE
                    ? byGrader.values().stream().map(m -> new MemberScore(m.getGraderName(), m.getScore())).toList()
                    : List.of();
            rows.add(new InterviewRow(c.applicationId(), c.candidateNumber(), c.fullName(),
                    campaigns.position(c.positionId()).name(), mine == null ? null : mine.getScore(), byGrader.size(),
                    members.size(), outcome.kind(), outcome.spread(), finalScore, d == null ? null : d.getReason(),
                    allScores));
        }
        return new InterviewSheet(me.isHead(), campaigns.campaign(campaignId).resultsLocked(), rows);
    }

    /** A board member enters (or corrects, as a new row) their score out of 100 for one candidate. */
    @Secured("ROLE_GRADER")
    @Transactional
    public void enterScore(long applicationId, BigDecimal score) {
        CandidateInfo c = registration.candidate(applicationId);
        campaigns.requireResultsOpen(c.campaignId());
        BoardMember me = membership(c.campaignId());
        requirePassedRound1(c);
        if (!BoardScoreRule.validScore(score)) {
            throw new FieldErrors(Map.of("score", "validation.score"));
        }
        Principal p = currentUser.require();
        marks.save(new InterviewMark(applicationId, me.getUserId(), p.fullName(), score, clock.instant()));
        events.publishEvent(new GradingEvents.InterviewScoreEntered(applicationId, score, p.getUsername()));
    }

    /** The board head decides the score when members are more than the allowed spread apart, with a reason. */
    @Secured("ROLE_GRADER")
    @Transactional
    public void decideScore(long applicationId, BigDecimal score, String reason) {
        CandidateInfo c = registration.candidate(applicationId);
        campaigns.requireResultsOpen(c.campaignId());
        BoardMember me = membership(c.campaignId());
        if (!me.isHead()) {
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
        if (outcome.kind() != BoardScoreRule.Kind.DECISION_REQUIRED) {
            throw new DomainException("error.board.noDecisionNeeded");
        }
        decisions.save(new InterviewDecision(applicationId, score, reason.trim(), currentUser.username(),
                clock.instant()));
        events.publishEvent(new GradingEvents.InterviewScoreDecided(applicationId, score, reason.trim(),
                currentUser.username()));
    }

    /** Round-2 score per candidate who passed round 1; null score = not yet final. */
    @Transactional(readOnly = true)
    public Map<Long, Round2Score> round2Scores(long campaignId) {
        int boardSize = board.findByCampaignId(campaignId).size();
        List<Long> ids = registration.eligibleCandidates(campaignId).stream().map(CandidateInfo::applicationId).toList();
        Map<Long, Map<Long, InterviewMark>> latest = latestMarks(ids);
        Map<Long, InterviewDecision> decided = latestDecisions(ids);
        BigDecimal maxSpread = campaigns.campaign(campaignId).ruleSet().maxBoardSpread();
        Map<Long, Round2Score> out = new HashMap<>();
        for (Long id : ids) {
            List<BigDecimal> scores = latest.getOrDefault(id, Map.of()).values().stream()
                    .map(InterviewMark::getScore).toList();
            if (scores.isEmpty() || boardSize == 0) {
                continue;
            }
            BoardScoreRule.Outcome o = BoardScoreRule.evaluate(scores, boardSize, maxSpread);
            BigDecimal score = o.kind() == BoardScoreRule.Kind.AGREED ? o.score()
                    : o.kind() == BoardScoreRule.Kind.DECISION_REQUIRED && decided.containsKey(id)
                            ? decided.get(id).getScore() : null;
            out.put(id, new Round2Score(id, score, o.kind().name()));
        }
        return out;
    }

    private BoardScoreRule.Outcome outcome(CandidateInfo c) {
        int boardSize = board.findByCampaignId(c.campaignId()).size();
        List<BigDecimal> scores = latestMarks(List.of(c.applicationId())).getOrDefault(c.applicationId(), Map.of())
                .values().stream().map(InterviewMark::getScore).toList();
        return BoardScoreRule.evaluate(scores, boardSize, campaigns.campaign(c.campaignId()).ruleSet().maxBoardSpread());
    }

    private void requirePassedRound1(CandidateInfo c) {
        Round1Outcome r = delivery.round1Outcomes(c.campaignId()).get(c.applicationId());
        if (r == null || !r.passed()) {
            throw new DomainException("error.board.notEligible");
        }
    }

    private BoardMember membership(long campaignId) {
        Long userId = currentUser.require().userId();
        return board.findByCampaignIdAndUserId(campaignId, userId)
                .orElseThrow(() -> new DomainException("error.board.notMember"));
    }

    /** application → grader → that grader's latest mark */
    private Map<Long, Map<Long, InterviewMark>> latestMarks(List<Long> applicationIds) {
        Map<Long, Map<Long, InterviewMark>> out = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return out;
        }
        for (InterviewMark m : marks.findByApplicationIdInOrderById(applicationIds)) {
            out.computeIfAbsent(m.getApplicationId(), k -> new LinkedHashMap<>()).put(m.getGraderId(), m);
        }
        return out;
    }

    private Map<Long, InterviewDecision> latestDecisions(List<Long> applicationIds) {
        Map<Long, InterviewDecision> out = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return out;
        }
        for (InterviewDecision d : decisions.findByApplicationIdInOrderById(applicationIds)) {
            out.put(d.getApplicationId(), d);
        }
        return out;
    }

    public record InterviewSheet(boolean head, boolean locked, List<InterviewRow> rows) {
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
