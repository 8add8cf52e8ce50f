package vn.thituyen.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.PositionInfo;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FreeText;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.Round1Outcome;
import vn.thituyen.delivery.SealService;
import vn.thituyen.grading.GradingService;
import vn.thituyen.grading.GradingService.Round2Score;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.campaign.JointAgency;
import vn.thituyen.results.domain.JointPlacementRule;
import vn.thituyen.results.domain.PriorityRule;
import vn.thituyen.results.domain.LeadershipResultRule;
import vn.thituyen.results.domain.NextRankedRule;
import vn.thituyen.results.domain.RankingRule;
import vn.thituyen.results.domain.RankingRule.Contender;
import vn.thituyen.results.domain.RankingRule.Outcome;
import vn.thituyen.results.domain.RankingRule.Ranked;
import vn.thituyen.results.domain.ResultEntry;
import vn.thituyen.results.domain.ResultEntryRepository;
import vn.thituyen.results.domain.ResultSet;
import vn.thituyen.results.domain.ResultSetRepository;
import vn.thituyen.results.domain.Round2ScoreRule;
import vn.thituyen.results.domain.TieDecision;
import vn.thituyen.results.domain.TieDecisionRepository;

/** Computes, approves and publishes a campaign's results; approved results lock every score. */
@Service
public class ResultsService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final ResultSetRepository sets;
    private final ResultEntryRepository entries;
    private final TieDecisionRepository ties;
    private final CampaignService campaigns;
    private final CampaignRules campaignRules;
    private final vn.thituyen.campaign.CampaignAccess access;
    private final SealService seals;
    private final RegistrationService registration;
    private final DeliveryService delivery;
    private final GradingService grading;
    private final vn.thituyen.grading.WrittenMarkingService written;
    private final vn.thituyen.grading.AppealService appeals;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final vn.thituyen.campaign.LeadershipPosts leadershipPosts;
    private final vn.thituyen.grading.ProposalDefence proposals;
    private final LeadershipPapers papers;
    private final vn.thituyen.results.domain.ResultEntryPartRepository partMarks;
    private final Optional<CancelledWinners> cancelledWinners;
    private final vn.thituyen.campaign.JointAgencies joint;
    private final vn.thituyen.registration.AgencyPreferences preferences;

    ResultsService(ResultSetRepository sets, ResultEntryRepository entries, TieDecisionRepository ties,
            CampaignService campaigns, RegistrationService registration, DeliveryService delivery,
            GradingService grading, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            CampaignRules campaignRules, SealService seals, vn.thituyen.campaign.CampaignAccess access,
            vn.thituyen.grading.WrittenMarkingService written, vn.thituyen.grading.AppealService appeals,
            vn.thituyen.campaign.LeadershipPosts leadershipPosts, vn.thituyen.grading.ProposalDefence proposals,
            LeadershipPapers papers, vn.thituyen.results.domain.ResultEntryPartRepository partMarks,
            Optional<CancelledWinners> cancelledWinners, vn.thituyen.campaign.JointAgencies joint,
            vn.thituyen.registration.AgencyPreferences preferences) {
        this.partMarks = partMarks;
        this.cancelledWinners = cancelledWinners;
        this.joint = joint;
        this.preferences = preferences;
        this.papers = papers;
        this.leadershipPosts = leadershipPosts;
        this.proposals = proposals;
        this.written = written;
        this.appeals = appeals;
        this.access = access;
        this.campaignRules = campaignRules;
        this.seals = seals;
        this.sets = sets;
        this.entries = entries;
        this.ties = ties;
        this.campaigns = campaigns;
        this.registration = registration;
        this.delivery = delivery;
        this.grading = grading;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Computes a new version of the results from round 1, round 2 and confirmed priorities. */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public long compute(long campaignId) {
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.RESULTS);
        campaigns.requireResultsOpen(campaignId);
        return computeVersion(campaignId, List.of());
    }

    /**
     * After appeals (phúc khảo): once every appealed written paper has been re-marked blind and that key opened, a
     * new version of the published results with the re-marks in place of the marks — re-ranked, ties flagged afresh
     * (the earlier tie decisions are not carried: the ranks they settled may have moved) — which the chair approves
     * and the secretary publishes like the first. The published version stays public until then.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public long computeAfterAppeals(long campaignId) {
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.RESULTS);
        if (sets.findTopByCampaignIdAndStatusOrderByVersionDesc(campaignId, ResultSet.Status.PUBLISHED).isEmpty()) {
            throw new DomainException("error.results.notPublishedYet");
        }
        if (appeals.decidedCount(campaignId) == 0) {
            throw new DomainException("error.results.noDecidedAppeals");
        }
        return computeVersion(campaignId, List.of());
    }

    /**
     * After a winner's result was cancelled (ND 138/2020/NĐ-CP Art. 17): a new version of the published results in
     * which each cancelled winner is shown {@code CANCELLED} with the reason and the others are ranked without them,
     * so the next ranked candidate of the position takes the place ({@link NextRankedRule}; a tie at that place is
     * flagged as usual). The chair approves it and the secretary publishes it like the first, which stays public
     * until then. Refused without a cancellation the published version does not show yet.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public long computeAfterCancellation(long campaignId) {
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.RESULTS);
        ResultSet published = sets.findTopByCampaignIdAndStatusOrderByVersionDesc(campaignId,
                ResultSet.Status.PUBLISHED).orElseThrow(() -> new DomainException("error.results.notPublishedYet"));
        Set<Long> shown = entries.findByResultSetIdOrderByPositionNameAscRankAscCandidateNumberAsc(published.getId())
                .stream().filter(e -> e.getOutcome() == Outcome.CANCELLED).map(ResultEntry::getApplicationId)
                .collect(Collectors.toSet());
        if (shown.containsAll(cancelled(campaignId).keySet())) {
            throw new DomainException("error.results.noNewCancellation");
        }
        return computeVersion(campaignId, List.of());
    }

    /**
     * Who the version after the cancellations will recognise, per position whose published winners were cancelled
     * ({@link NextRankedRule}): shown to the secretary and the chair before the new version is computed.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<NextInLine> nextInLine(long campaignId) {
        access.require(campaignId);
        Optional<ResultSet> published = sets.findTopByCampaignIdAndStatusOrderByVersionDesc(campaignId,
                ResultSet.Status.PUBLISHED);
        Map<Long, String> cancelled = cancelled(campaignId);
        if (published.isEmpty() || cancelled.isEmpty()) {
            return List.of();
        }
        List<ResultEntry> lines = entries.findByResultSetIdOrderByPositionNameAscRankAscCandidateNumberAsc(
                published.get().getId());
        Map<Long, List<ResultEntry>> byPosition = lines.stream().collect(Collectors.groupingBy(
                ResultEntry::getPositionId, java.util.LinkedHashMap::new, Collectors.toList()));
        List<NextInLine> out = new ArrayList<>();
        byPosition.forEach((positionId, of) -> {
            int places = (int) of.stream().filter(e -> e.getOutcome() == Outcome.WINNER
                    && cancelled.containsKey(e.getApplicationId())).count();
            if (places == 0) {
                return;
            }
            NextRankedRule.Next next = NextRankedRule.next(of.stream().map(e -> new NextRankedRule.Line(
                    e.getApplicationId(), e.getRank(), e.getOutcome())).toList(), cancelled.keySet(), places);
            Map<Long, ResultLine> byId = of.stream().collect(Collectors.toMap(ResultEntry::getApplicationId,
                    ResultsService::line));
            out.add(new NextInLine(positionId, of.get(0).getPositionName(), places,
                    next.recognised().stream().map(byId::get).toList(), next.tied().stream().map(byId::get).toList()));
        });
        return out;
    }

    /** A position's cancelled places and who is next in line for them; {@code tied} share the last place. */
    public record NextInLine(long positionId, String positionName, int places, List<ResultLine> recognised,
            List<ResultLine> tied) {
    }

    private Map<Long, String> cancelled(long campaignId) {
        return cancelledWinners.map(c -> c.cancelled(campaignId)).orElse(Map.of());
    }

    /** A revision after appeals: the campaign's results were published and a new version is being made. */
    private boolean revisingAfterAppeals(long campaignId) {
        return campaigns.campaign(campaignId).resultsLocked()
                && sets.findTopByCampaignIdAndStatusOrderByVersionDesc(campaignId, ResultSet.Status.PUBLISHED)
                        .isPresent();
    }

    private long computeVersion(long campaignId, List<TieDecision> newDecisions) {
        RuleSet.Parameters rules = campaignRules.rules(campaignId);
        requireRound1Over(campaignId, rules);
        List<CandidateInfo> candidates = registration.eligibleCandidates(campaignId);
        if (candidates.isEmpty()) {
            throw new DomainException("error.results.noCandidates");
        }
        if (rules.leadership() != null) {
            return computeLeadership(campaignId, candidates, newDecisions);
        }
        Map<Long, Round1Outcome> round1 = delivery.round1Outcomes(campaignId);
        Map<Long, Round2Score> round2 = grading.round2Scores(campaignId);
        List<String> pending = candidates.stream()
                .filter(c -> passed(round1, c) && round2.containsKey(c.applicationId())
                        && round2.get(c.applicationId()).score() == null)
                .map(CandidateInfo::candidateNumber).toList();
        if (!pending.isEmpty()) {
            throw new DomainException("error.results.round2Pending", String.join(", ", pending));
        }
        Map<Long, List<CampaignService.Round2Part>> plans = new java.util.HashMap<>();
        campaigns.positions(campaignId).forEach(p -> plans.put(p.id(), campaigns.round2Parts(p.id())));
        Map<String, Map<Long, BigDecimal>> writtenMarks = writtenMarks(campaignId, plans);
        Optional<ResultSet> previous = sets.findTopByCampaignIdOrderByVersionDesc(campaignId);
        List<TieDecision> carried = new ArrayList<>();
        boolean afterAppeals = revisingAfterAppeals(campaignId);
        if (previous.isPresent()) {
            ResultSet p = previous.get();
            if (p.getStatus() == ResultSet.Status.DRAFT) {
                // a draft of the revision after appeals carries the decisions made on it, not those made before
                carried.addAll(ties.findByResultSetId(p.getId()));
                p.supersede();
            } else if (!afterAppeals || p.getStatus() != ResultSet.Status.PUBLISHED) {
                throw new DomainException("error.results.locked");
            }
        }
        carried.addAll(newDecisions);
        Instant now = clock.instant();
        ResultSet set = sets.save(new ResultSet(campaignId, previous.map(ResultSet::getVersion).orElse(0) + 1,
                currentUser.username(), now));
        for (TieDecision d : carried) {
            ties.save(new TieDecision(set.getId(), d.getPositionId(), d.getApplicationId(), d.getReason(),
                    d.getDecidedBy(), d.getDecidedAt()));
        }
        Set<Long> tieWinners = carried.stream().map(TieDecision::getApplicationId).collect(Collectors.toSet());
        // ND 138/2020 Art. 17: a cancelled winner is shown with the reason and ranked no more
        Map<Long, String> cancelled = cancelled(campaignId);
        Map<Long, List<JointAgency>> jointAgencies = joint.of(campaigns.positions(campaignId).stream()
                .map(PositionInfo::id).toList());
        Map<Long, List<Long>> orders = jointAgencies.isEmpty() ? Map.of() : preferences.orders(candidates.stream()
                .filter(c -> jointAgencies.containsKey(c.positionId())).map(CandidateInfo::applicationId)
                .collect(Collectors.toSet()));
        for (PositionInfo position : campaigns.positions(campaignId)) {
            List<CandidateInfo> ofPosition = candidates.stream().filter(c -> c.positionId() == position.id()).toList();
            List<CampaignService.Round2Part> plan = plans.get(position.id());
            Map<Long, List<PartMark>> marksOf = new java.util.HashMap<>();
            ofPosition.forEach(c -> marksOf.put(c.applicationId(), partMarks(c, round2, plan, writtenMarks)));
            List<Contender> all = ofPosition.stream()
                    .map(c -> contender(c, round1, marksOf.get(c.applicationId()), rules)).toList();
            List<Contender> contenders = all.stream().filter(k -> !cancelled.containsKey(k.applicationId())).toList();
            for (Contender k : all) {
                if (cancelled.containsKey(k.applicationId())) {
                    CandidateInfo c = ofPosition.stream().filter(x -> x.applicationId() == k.applicationId())
                            .findFirst().orElseThrow();
                    entries.save(new ResultEntry(set.getId(), c.applicationId(), position.id(), position.name(),
                            c.candidateNumber(), c.fullName(), c.dateOfBirth(), k.round1Passed(), k.round2Score(),
                            k.priorityPoints(), k.round2Score() == null ? null : RankingRule.total(k), null,
                            Outcome.CANCELLED).cancelled(cancelled.get(k.applicationId())));
                }
            }
            Map<Long, Contender> byId = contenders.stream()
                    .collect(Collectors.toMap(Contender::applicationId, c -> c));
            Map<Long, CandidateInfo> info = ofPosition.stream()
                    .collect(Collectors.toMap(CandidateInfo::applicationId, c -> c));
            // a joint position (ND 170/2025/NĐ-CP): by result, then placed by each candidate's order of preference
            List<JointAgency> joint = jointAgencies.getOrDefault(position.id(), List.of());
            List<JointPlacementRule.Line> ranked = joint.isEmpty()
                    ? RankingRule.rank(contenders, position.quota(), tieWinners, rules).stream()
                            .map(r -> new JointPlacementRule.Line(r, null)).toList()
                    : JointPlacementRule.rank(contenders, joint.stream()
                            .map(a -> new JointPlacementRule.Agency(a.id(), a.places())).toList(), orders, tieWinners,
                            rules);
            Map<Long, JointAgency> agencyById = joint.stream().collect(Collectors.toMap(JointAgency::id, a -> a));
            for (JointPlacementRule.Line line : ranked) {
                Ranked r = line.ranked();
                CandidateInfo c = info.get(r.applicationId());
                Contender k = byId.get(r.applicationId());
                ResultEntry e = new ResultEntry(set.getId(), c.applicationId(), position.id(), position.name(),
                        c.candidateNumber(), c.fullName(), c.dateOfBirth(), k.round1Passed(), k.round2Score(),
                        k.priorityPoints(), r.total(), r.rank(), r.outcome());
                JointAgency agency = line.agencyId() == null ? null : agencyById.get(line.agencyId());
                if (agency != null) {
                    e.agency(agency.id(), agency.name());
                }
                ResultEntry entry = entries.save(e);
                // the marks this version ranked, kept with its line (the candidate's own result shows them)
                List<PartMark> marks = marksOf.get(c.applicationId());
                if (marks != null) {
                    marks.forEach(m -> partMarks.save(new vn.thituyen.results.domain.ResultEntryPart(entry.getId(),
                            m.partNo(), m.kind().name(), m.mark(), m.maxScore(), m.weightPercent())));
                }
            }
        }
        events.publishEvent(new ResultsEvents.ResultsComputed(campaignId, set.getId(), set.getVersion(),
                currentUser.username()));
        return set.getId();
    }

    /**
     * A leadership exam's results (Official Letter 2424/BNV-CCVC of 2017): per post whose exam went ahead, part 1's
     * blind-marked written mark (its key opened), part 2's đề án score once every ballot is in and any decision
     * made, and {@link LeadershipResultRule}: below part 1's gate out, the final score by the campaign's combination,
     * one winner with the highest final score of at least 50, none said plainly, a tie for the top left to the
     * council (recorded as a tie decision, as for recruitment). Refused while any post's scores are incomplete.
     */
    private long computeLeadership(long campaignId, List<CandidateInfo> candidates, List<TieDecision> newDecisions) {
        LeadershipResultRule.Settings settings = leadershipSettings(leadershipPosts.settings(campaignId));
        Map<Long, vn.thituyen.grading.WrittenMarkingService.WrittenPartMarks> part1Marks = new java.util.HashMap<>();
        written.writtenMarks(campaignId).stream().filter(m -> m.partNo() == 1 && m.keyOpen())
                .forEach(m -> part1Marks.put(m.positionId(), m));
        Optional<ResultSet> previous = sets.findTopByCampaignIdOrderByVersionDesc(campaignId);
        List<TieDecision> carried = new ArrayList<>();
        if (previous.isPresent()) {
            if (previous.get().getStatus() != ResultSet.Status.DRAFT) {
                throw new DomainException("error.results.locked");
            }
            carried.addAll(ties.findByResultSetId(previous.get().getId()));
        }
        carried.addAll(newDecisions);
        // every post first: nothing is saved while a post's scores are incomplete
        List<PostComputed> results = new ArrayList<>();
        for (vn.thituyen.campaign.LeadershipPosts.PostInfo post : leadershipPosts.posts(campaignId)) {
            if (post.state() != vn.thituyen.campaign.PostState.GO_AHEAD) {
                continue;
            }
            var marks = part1Marks.get(post.positionId());
            if (marks == null || marks.appealsPending()) {
                throw new DomainException("error.results.writtenSealed", post.code() + " – 1");
            }
            Map<Long, BigDecimal> part2 = proposals.part2Scores(post.positionId());
            List<LeadershipResultRule.Candidate> of = candidates.stream()
                    .filter(c -> c.positionId() == post.positionId())
                    .map(c -> new LeadershipResultRule.Candidate(c.applicationId(), marks.marks().get(c.applicationId()),
                            part2.get(c.applicationId())))
                    .toList();
            Long choice = carried.stream().filter(d -> d.getPositionId() == post.positionId())
                    .map(TieDecision::getApplicationId).findFirst().orElse(null);
            LeadershipResultRule.Result r = LeadershipResultRule.decide(of, settings, choice);
            if (r.verdict() == LeadershipResultRule.Verdict.INCOMPLETE) {
                throw new DomainException("error.results.leadershipIncomplete", post.name());
            }
            results.add(new PostComputed(post, r, marks.marks(), part2));
        }
        previous.ifPresent(ResultSet::supersede);
        Instant now = clock.instant();
        ResultSet set = sets.save(new ResultSet(campaignId, previous.map(ResultSet::getVersion).orElse(0) + 1,
                currentUser.username(), now));
        for (TieDecision d : carried) {
            ties.save(new TieDecision(set.getId(), d.getPositionId(), d.getApplicationId(), d.getReason(),
                    d.getDecidedBy(), d.getDecidedAt()));
        }
        Map<Long, CandidateInfo> info = candidates.stream()
                .collect(Collectors.toMap(CandidateInfo::applicationId, c -> c));
        for (PostComputed pc : results) {
            Map<Long, Integer> ranks = LeadershipResultRule.ranks(pc.result().lines());
            for (LeadershipResultRule.Line line : pc.result().lines()) {
                CandidateInfo c = info.get(line.id());
                Integer shown = ranks.get(line.id());
                boolean through = line.standing() != LeadershipResultRule.Standing.OUT_AT_PART1;
                ResultEntry e = new ResultEntry(set.getId(), c.applicationId(), pc.post().positionId(),
                        pc.post().name(), c.candidateNumber(), c.fullName(), c.dateOfBirth(), through,
                        through ? pc.part2().get(line.id()) : null, BigDecimal.ZERO, line.finalScore(), shown,
                        LeadershipResultRule.outcome(pc.result(), line, settings));
                e.leadershipPart1(pc.part1().get(line.id()));
                entries.save(e);
            }
        }
        events.publishEvent(new ResultsEvents.ResultsComputed(campaignId, set.getId(), set.getVersion(),
                currentUser.username()));
        return set.getId();
    }

    private record PostComputed(vn.thituyen.campaign.LeadershipPosts.PostInfo post, LeadershipResultRule.Result result,
            Map<Long, BigDecimal> part1, Map<Long, BigDecimal> part2) {
    }

    /**
     * Results wait until round 1 is over in every room: while a sitting is still running (or a room has not sat
     * yet) a candidate may still start or hand in, and their round-1 outcome is not final. Over = every part of
     * every subject closed or exempt, or the sitting closed — the same test as sealing a subject's exam data.
     */
    private void requireRound1Over(long campaignId, RuleSet.Parameters rules) {
        java.util.Set<String> rooms = new java.util.LinkedHashSet<>();
        rules.round1().parts().stream().map(RuleSet.Round1Part::subject).distinct()
                .forEach(subject -> rooms.addAll(seals.roomsStillSitting(campaignId, subject)));
        if (!rooms.isEmpty()) {
            throw new DomainException("error.results.round1Open", String.join(", ", rooms));
        }
    }

    /**
     * The marks of every written part the positions' plans hold, by "position/part": results wait until each such
     * part has been marked blind and its key opened (TT 6/2020/TT-BNV: marks join candidates only then).
     */
    private Map<String, Map<Long, BigDecimal>> writtenMarks(long campaignId,
            Map<Long, List<CampaignService.Round2Part>> plans) {
        Map<String, vn.thituyen.grading.WrittenMarkingService.WrittenPartMarks> marked = new java.util.HashMap<>();
        written.writtenMarks(campaignId).forEach(m -> marked.put(m.positionId() + "/" + m.partNo(), m));
        Map<String, Map<Long, BigDecimal>> out = new java.util.HashMap<>();
        List<String> sealed = new ArrayList<>();
        for (PositionInfo position : campaigns.positions(campaignId)) {
            for (CampaignService.Round2Part p : plans.get(position.id())) {
                if (!p.kind().written()) {
                    continue;
                }
                var m = marked.get(position.id() + "/" + p.partNo());
                if (m == null || !m.keyOpen() || m.appealsPending()) {
                    // not marked, its key sealed, or its appeals still being re-marked: not final yet
                    sealed.add(position.code() + " – " + p.partNo());
                } else {
                    out.put(position.id() + "/" + p.partNo(), m.marks());
                }
            }
        }
        if (!sealed.isEmpty()) {
            throw new DomainException("error.results.writtenSealed", String.join(", ", sealed));
        }
        return out;
    }

    /**
     * One candidate as the ranking sees them. Round 2 combines the position's planned parts with their weights
     * ({@link Round2ScoreRule}, with the rule set's part minimum): a written part's mark after blind marking (on the
     * part's maximum), an interview or practical part the board's score (on 100). A part without a mark (not sat)
     * leaves the candidate without a round-2 score. Tie-break data: the written mark on 100 (the first written part),
     * correct general-knowledge answers of round 1; no entrance testing yet (that step is skipped).
     */
    private static Contender contender(CandidateInfo c, Map<Long, Round1Outcome> round1, List<PartMark> marks,
            RuleSet.Parameters rules) {
        List<Round2ScoreRule.Part> parts = null;
        BigDecimal writtenScore = null;
        if (marks != null) {
            parts = new ArrayList<>();
            for (PartMark m : marks) {
                parts.add(new Round2ScoreRule.Part(m.kind().round2Form(), m.mark(), m.maxScore(),
                        BigDecimal.valueOf(m.weightPercent())));
                if (m.kind().written() && writtenScore == null) {
                    writtenScore = m.mark().multiply(HUNDRED).divide(m.maxScore(), 2, java.math.RoundingMode.HALF_UP);
                }
            }
        }
        BigDecimal score = null;
        boolean partsPassed = true;
        if (parts != null) {
            Round2ScoreRule.Result r = Round2ScoreRule.combine(parts, rules.round2());
            score = r.score();
            partsPassed = r.partsPassed();
        }
        Round1Outcome r1 = round1.get(c.applicationId());
        BigDecimal priority = PriorityRule.applicablePoints(c.confirmedPriorities(), rules);
        return new Contender(c.applicationId(), passed(round1, c), score, priority, partsPassed, writtenScore, null,
                null, r1 != null && r1.sat() ? r1.generalKnowledgeCorrect() : null);
    }

    /** One round-2 part's mark as a version of the results ranks it: the mark on the part's maximum, its weight. */
    public record PartMark(int partNo, vn.thituyen.campaign.PartKind kind, BigDecimal mark, BigDecimal maxScore,
            int weightPercent) {
    }

    /**
     * The candidate's round-2 marks part by part, as the position's plan holds them: a written part's mark after blind
     * marking (on the part's maximum), an interview or practical part the board's score (on 100). Null when a part has
     * no mark (not sat): the candidate then has no round-2 score.
     */
    private static List<PartMark> partMarks(CandidateInfo c, Map<Long, Round2Score> round2,
            List<CampaignService.Round2Part> plan, Map<String, Map<Long, BigDecimal>> writtenMarks) {
        BigDecimal boardScore = Optional.ofNullable(round2.get(c.applicationId())).map(Round2Score::score).orElse(null);
        List<PartMark> marks = new ArrayList<>();
        for (CampaignService.Round2Part p : plan.isEmpty() ? List.of(DEFAULT_INTERVIEW) : plan) {
            BigDecimal mark = p.kind().written()
                    ? writtenMarks.get(c.positionId() + "/" + p.partNo()).get(c.applicationId()) : boardScore;
            if (mark == null) {
                return null;
            }
            marks.add(new PartMark(p.partNo(), p.kind(), mark, p.kind().written() ? p.maxScore() : HUNDRED,
                    p.weightPercent()));
        }
        return marks;
    }

    /** The round-2 marks behind a candidate's line of a result set, part by part (empty for a leadership line). */
    List<PartMark> partMarks(long resultSetId, long applicationId) {
        return entries.findByResultSetIdAndApplicationId(resultSetId, applicationId)
                .map(e -> partMarks.findByResultEntryIdOrderByPartNo(e.getId()).stream()
                        .map(m -> new PartMark(m.getPartNo(), vn.thituyen.campaign.PartKind.valueOf(m.getKind()),
                                m.getMark(), m.getMaxScore(), m.getWeightPercent())).toList())
                .orElse(List.of());
    }

    /** A position without a stored plan: one interview on 100 (the plans of the first versions). */
    /** The rule's settings from the campaign's leadership settings. */
    static LeadershipResultRule.Settings leadershipSettings(RuleSet.Leadership l) {
        return new LeadershipResultRule.Settings(LeadershipResultRule.Combination.valueOf(l.combination().name()),
                l.part1Gate(), l.part1Weight(), l.winningMark());
    }

    private static final CampaignService.Round2Part DEFAULT_INTERVIEW = new CampaignService.Round2Part(0, 1,
            vn.thituyen.campaign.PartKind.INTERVIEW, HUNDRED, 30, 100);

    private static boolean passed(Map<Long, Round1Outcome> round1, CandidateInfo c) {
        Round1Outcome r = round1.get(c.applicationId());
        return r != null && r.passed();
    }

    /**
     * The head of the recruiting authority decides who takes a tied last place (ND 138/2020 Art. 10(2)),
     * recorded with who and why; the results are then recomputed as a new version.
     */
    @Secured("ROLE_CHAIR")
    @Transactional
    public long decideTie(long resultSetId, long positionId, List<Long> winners, String reason) {
        ResultSet set = latestDraft(resultSetId);
        access.requireDuty(set.getCampaignId(), vn.thituyen.campaign.Duty.CHAIR_DECISIONS);
        if (!revisingAfterAppeals(set.getCampaignId())) {
            campaigns.requireResultsOpen(set.getCampaignId());
        }
        FreeText.require("reason", reason, 1000);
        List<ResultEntry> lines = entries.findByResultSetIdOrderByPositionNameAscRankAscCandidateNumberAsc(resultSetId)
                .stream().filter(e -> e.getPositionId() == positionId).toList();
        List<ResultEntry> tied = lines.stream().filter(e -> e.getOutcome() == Outcome.TIE_PENDING).toList();
        int quota = campaigns.position(positionId).quota();
        List<JointAgency> agencies = joint.of(positionId);
        if (!agencies.isEmpty()) {
            // a joint position: the tie is for the last places of one agency, among those who contest it
            Long agencyId = tied.stream().filter(e -> winners != null && winners.contains(e.getApplicationId()))
                    .map(ResultEntry::getAgencyId).findFirst().orElse(null);
            tied = tied.stream().filter(e -> java.util.Objects.equals(e.getAgencyId(), agencyId)).toList();
            lines = lines.stream().filter(e -> java.util.Objects.equals(e.getAgencyId(), agencyId)).toList();
            quota = agencies.stream().filter(a -> java.util.Objects.equals(a.id(), agencyId))
                    .mapToInt(JointAgency::places).findFirst().orElse(0);
        }
        Set<Long> tiedIds = tied.stream().map(ResultEntry::getApplicationId).collect(Collectors.toSet());
        long alreadyWinners = lines.stream().filter(e -> e.getOutcome() == Outcome.WINNER).count();
        int seats = vn.thituyen.results.domain.TieDecisionRule.placesLeft(quota, alreadyWinners);
        if (!vn.thituyen.results.domain.TieDecisionRule.validChoice(tiedIds, winners, seats)) {
            throw new DomainException("error.results.tieChoice", seats);
        }
        Set<Long> chosen = new HashSet<>(winners);
        Instant now = clock.instant();
        List<TieDecision> decisions = chosen.stream()
                .map(id -> new TieDecision(resultSetId, positionId, id, reason.trim(), currentUser.username(), now))
                .toList();
        events.publishEvent(new ResultsEvents.TieDecided(set.getCampaignId(), positionId, List.copyOf(chosen),
                reason.trim(), currentUser.username()));
        return computeVersion(set.getCampaignId(), decisions);
    }

    /** The chair approves; from then on results and every score of the campaign are locked. */
    @Secured("ROLE_CHAIR")
    @Transactional
    public void approve(long resultSetId) {
        ResultSet set = latestDraft(resultSetId);
        access.requireDuty(set.getCampaignId(), vn.thituyen.campaign.Duty.CHAIR_DECISIONS);
        boolean tiesOpen = entries.findByResultSetIdOrderByPositionNameAscRankAscCandidateNumberAsc(resultSetId)
                .stream().anyMatch(e -> e.getOutcome() == Outcome.TIE_PENDING);
        if (tiesOpen) {
            throw new DomainException("error.results.tiePending");
        }
        set.approve(currentUser.username(), clock.instant());
        if (!campaigns.campaign(set.getCampaignId()).resultsLocked()) {
            campaigns.lockResults(set.getCampaignId());   // a revision after appeals finds them locked already
        }
        if (campaigns.campaign(set.getCampaignId()).kind().leadership()) {
            papers.freeze(set, currentUser.username());   // the council's papers, as approved, kept unchanged
        }
        events.publishEvent(new ResultsEvents.ResultsApproved(set.getCampaignId(), resultSetId, currentUser.username()));
    }

    /**
     * Makes approved results public: web page, JSON for the portal, official PDF, which carries the number of the
     * document that publishes them ({@code documentNumber}, e.g. "15/TB-HĐTD").
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public void publish(long resultSetId, String documentNumber) {
        ResultSet set = sets.findById(resultSetId).orElseThrow(() -> new DomainException("error.notFound"));
        access.requireDuty(set.getCampaignId(), vn.thituyen.campaign.Duty.RESULTS);
        FreeText.require("documentNumber", documentNumber, 60);
        set.publish(currentUser.username(), clock.instant(), documentNumber.strip());
        campaigns.resultsPublished(set.getCampaignId());
        events.publishEvent(new ResultsEvents.ResultsPublished(set.getCampaignId(), resultSetId,
                currentUser.username()));
    }

    private ResultSet latestDraft(long resultSetId) {
        ResultSet set = sets.findById(resultSetId).orElseThrow(() -> new DomainException("error.notFound"));
        access.require(set.getCampaignId());
        ResultSet latest = sets.findTopByCampaignIdOrderByVersionDesc(set.getCampaignId()).orElseThrow();
        if (!latest.getId().equals(set.getId()) || set.getStatus() != ResultSet.Status.DRAFT) {
            throw new DomainException("error.results.state");
        }
        return set;
    }

    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Optional<ResultSetView> latest(long campaignId) {
        access.require(campaignId);
        return sets.findTopByCampaignIdOrderByVersionDesc(campaignId).map(this::view);
    }

    /** Published results only: safe for anyone, no sign-in needed. */
    @Transactional(readOnly = true)
    public Optional<ResultSetView> published(long campaignId) {
        return sets.findTopByCampaignIdAndStatusOrderByVersionDesc(campaignId, ResultSet.Status.PUBLISHED)
                .map(this::view);
    }

    /** One page of the campaign's published list, for anyone (the public page); empty when nothing is published. */
    @Transactional(readOnly = true)
    public List<ResultLine> publishedLines(long campaignId, int page, int pageSize) {
        return sets.findTopByCampaignIdAndStatusOrderByVersionDesc(campaignId, ResultSet.Status.PUBLISHED)
                .map(set -> entries.page(set.getId(), org.springframework.data.domain.PageRequest.of(page, pageSize))
                        .stream().map(ResultsService::line).toList())
                .orElse(List.of());
    }

    /** How many lines the campaign's published list has (0 when nothing is published). */
    @Transactional(readOnly = true)
    public long countPublishedLines(long campaignId) {
        return sets.findTopByCampaignIdAndStatusOrderByVersionDesc(campaignId, ResultSet.Status.PUBLISHED)
                .map(set -> entries.countByResultSetId(set.getId())).orElse(0L);
    }

    /** One page of a result list, from the database (the list of a large campaign runs to thousands). */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<ResultLine> lines(long resultSetId, int page, int pageSize) {
        requireSet(resultSetId);
        return entries.page(resultSetId, org.springframework.data.domain.PageRequest.of(page, pageSize)).stream()
                .map(ResultsService::line).toList();
    }

    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public long countLines(long resultSetId) {
        requireSet(resultSetId);
        return entries.countByResultSetId(resultSetId);
    }

    private void requireSet(long resultSetId) {
        access.require(sets.findById(resultSetId).orElseThrow(() -> new DomainException("error.notFound"))
                .getCampaignId());
    }

    private static ResultLine line(ResultEntry e) {
        return new ResultLine(e.getApplicationId(), e.getPositionId(), e.getPositionName(), e.getCandidateNumber(),
                e.getFullName(), e.getDateOfBirth(), e.isRound1Passed(), e.getRound2Score(), e.getPriorityPoints(),
                e.getTotal(), e.getRank(), e.getOutcome().name(), e.getPart1Score(), e.getCancelReason(),
                e.getAgencyName());
    }

    private ResultSetView view(ResultSet s) {
        List<ResultLine> lines = entries.findByResultSetIdOrderByPositionNameAscRankAscCandidateNumberAsc(s.getId())
                .stream().map(ResultsService::line)
                .sorted(java.util.Comparator.comparing(ResultLine::positionName)
                        .thenComparing(l -> l.rank() == null ? Integer.MAX_VALUE : l.rank())
                        .thenComparing(l -> l.candidateNumber() == null ? "" : l.candidateNumber()))
                .toList();
        List<TieRecord> decisions = ties.findByResultSetId(s.getId()).stream()
                .map(d -> new TieRecord(d.getPositionId(), d.getApplicationId(), d.getReason(), d.getDecidedBy(),
                        d.getDecidedAt()))
                .toList();
        return new ResultSetView(s.getId(), s.getCampaignId(), s.getVersion(), s.getStatus().name(), s.getComputedBy(),
                s.getComputedAt(), s.getApprovedBy(), s.getApprovedAt(), s.getPublishedBy(), s.getPublishedAt(), lines,
                decisions, s.getDocumentNumber());
    }

    public record ResultSetView(long id, long campaignId, int version, String status, String computedBy,
            Instant computedAt, String approvedBy, Instant approvedAt, String publishedBy, Instant publishedAt,
            List<ResultLine> lines, List<TieRecord> tieDecisions, String documentNumber) {

        public boolean hasPendingTie() {
            return lines.stream().anyMatch(l -> "TIE_PENDING".equals(l.outcome()));
        }
    }

    /**
     * One line of the result list. {@code outcome} is a {@link RankingRule.Outcome} name; {@code agency} is, for a joint
     * position, the agency the winner is placed in (or the one a pending tie contests), else null.
     */
    public record ResultLine(long applicationId, long positionId, String positionName, String candidateNumber,
            String fullName, LocalDate dateOfBirth, boolean round1Passed, BigDecimal round2Score,
            BigDecimal priorityPoints, BigDecimal total, Integer rank, String outcome, BigDecimal part1Score,
            String cancelReason, String agency) {

        /** The position as the lists show it: for a joint position with the agency, "Chuyên viên – Sở Tư pháp". */
        public String positionWithAgency() {
            return agency == null ? positionName : positionName + " – " + agency;
        }

        /** A line of an ordinary position. */
        public ResultLine(long applicationId, long positionId, String positionName, String candidateNumber,
                String fullName, LocalDate dateOfBirth, boolean round1Passed, BigDecimal round2Score,
                BigDecimal priorityPoints, BigDecimal total, Integer rank, String outcome, BigDecimal part1Score) {
            this(applicationId, positionId, positionName, candidateNumber, fullName, dateOfBirth, round1Passed,
                    round2Score, priorityPoints, total, rank, outcome, part1Score, null, null);
        }
    }

    public record TieRecord(long positionId, long applicationId, String reason, String decidedBy, Instant decidedAt) {
    }
}
