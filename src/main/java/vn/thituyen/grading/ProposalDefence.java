package vn.thituyen.grading;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.campaign.LeadershipPosts;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.PostState;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.common.Messages;
import vn.thituyen.grading.domain.BallotRule;
import vn.thituyen.grading.domain.BoardScoreRule;
import vn.thituyen.grading.domain.ConfidenceBallot;
import vn.thituyen.grading.domain.ConfidenceBallotRepository;
import vn.thituyen.grading.domain.ConfidenceVoteRule;
import vn.thituyen.grading.domain.MarkSheet;
import vn.thituyen.grading.domain.MarkSheetRepository;
import vn.thituyen.grading.domain.PresentationLot;
import vn.thituyen.grading.domain.PresentationLotRepository;
import vn.thituyen.grading.domain.PresentationLotRule;
import vn.thituyen.grading.domain.ProposalBallot;
import vn.thituyen.grading.domain.ProposalBallotRepository;
import vn.thituyen.grading.domain.ProposalClosure;
import vn.thituyen.grading.domain.ProposalClosureRepository;
import vn.thituyen.grading.domain.ProposalCriterion;
import vn.thituyen.grading.domain.ProposalCriterionRepository;
import vn.thituyen.grading.domain.ProposalDeadline;
import vn.thituyen.grading.domain.ProposalDeadlineRepository;
import vn.thituyen.grading.domain.ProposalFile;
import vn.thituyen.grading.domain.ProposalFileRepository;
import vn.thituyen.grading.domain.ProposalFileRule;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/**
 * Part 2 of a leadership exam, the đề án (Official Letter 2424/BNV-CCVC of 2017; {@code docs/domain.md} § Leadership
 * exams): only the candidates whose part-1 mark reaches the gate go on; each uploads the plan before the post's
 * deadline; the order of the presentations is drawn by lot; each council member scores each candidate alone, once,
 * by secret ballot on the campaign's criteria ({@link BallotRule}); the spread rule ({@link BoardScoreRule}) makes
 * the score, or the council chair decides it with a reason; the chair then closes the post's ballots. When the
 * campaign holds one, each member also casts a confidence ballot ({@link ConfidenceVoteRule}).
 * <p>
 * Secrecy: nobody — not the chair, not the secretary, not another member — sees a member's points, nor the running
 * mean, before every seated member's ballot on that candidate is in; a member always sees their own.
 */
@Service
public class ProposalDefence {

    /** The break between two presentations in a room, in minutes. */
    static final int BREAK_MINUTES = 10;
    /** The part of a leadership plan that is the đề án, when the plan does not say. */
    static final int DEFAULT_PART = 2;
    private static final java.time.format.DateTimeFormatter DUE_FORMAT =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final LeadershipPosts posts;
    private final CouncilService councils;
    private final CampaignAccess access;
    private final CampaignService campaigns;
    private final CampaignRules campaignRules;
    private final RegistrationService registration;
    private final WrittenMarkingService written;
    private final MarkSheetRepository sheets;
    private final ProposalCriterionRepository criteria;
    private final ProposalDeadlineRepository deadlines;
    private final ProposalFileRepository files;
    private final PresentationLotRepository lots;
    private final ProposalBallotRepository ballots;
    private final ProposalClosureRepository closures;
    private final ConfidenceBallotRepository confidence;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ProposalDefence(LeadershipPosts posts, CouncilService councils, CampaignAccess access, CampaignService campaigns,
            CampaignRules campaignRules, RegistrationService registration, WrittenMarkingService written,
            MarkSheetRepository sheets, ProposalCriterionRepository criteria, ProposalDeadlineRepository deadlines,
            ProposalFileRepository files, PresentationLotRepository lots, ProposalBallotRepository ballots,
            ProposalClosureRepository closures, ConfidenceBallotRepository confidence, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.posts = posts;
        this.councils = councils;
        this.access = access;
        this.campaigns = campaigns;
        this.campaignRules = campaignRules;
        this.registration = registration;
        this.written = written;
        this.sheets = sheets;
        this.criteria = criteria;
        this.deadlines = deadlines;
        this.files = files;
        this.lots = lots;
        this.ballots = ballots;
        this.closures = closures;
        this.confidence = confidence;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ records

    /** A candidate who goes on to part 2, with the final part-1 mark. */
    public record Part2Candidate(long applicationId, String candidateNumber, String fullName, BigDecimal part1Mark) {
    }

    /** The latest upload of a candidate's đề án: the name it is served under, its format, content and SHA-256. */
    public record Proposal(long applicationId, String fileName, ProposalFileRule.Format format, String mimeType,
            byte[] bytes, String sha256, Instant uploadedAt) {
    }

    /** One presentation of the schedule. */
    public record ScheduledSlot(int order, long applicationId, String candidateNumber, String fullName, String room,
            LocalDateTime starts, LocalDateTime ends) {
    }

    /** A post's schedule with everything recorded to draw it again ({@link PresentationLotRule#draw}). */
    public record Schedule(long positionId, long seed, List<Long> candidateIds, List<String> rooms,
            LocalDateTime start, PresentationLotRule.Durations durations, String drawnBy, Instant drawnAt,
            List<ScheduledSlot> slots) {
    }

    /** A member's own ballot and confidence vote on one candidate (null: not cast yet). */
    public record MyBallot(long positionId, long applicationId, String candidateNumber, String fullName,
            List<BigDecimal> scores, BigDecimal total, ConfidenceVoteRule.Ballot confidence) {
    }

    /** One member's ballot as the tally shows it once every ballot is in: the member's name or "Thành viên n". */
    public record BallotLine(String member, List<BigDecimal> scores, BigDecimal total) {
    }

    /**
     * One candidate in the tally. Until every seated member's ballot is in, only {@code ballotsIn} is given: the
     * ballots, the spread, the band and the score stay empty (null). The confidence count likewise, until every
     * member has voted (null when the campaign holds no vote).
     * @param band       the spread rule's outcome (INCOMPLETE while ballots are missing)
     * @param decidedAs  who decided the score when the band asked for it (HEAD: the chair as the board's head;
     *                   CHAIR: the chair in the chair's band), or null
     * @param score      the final part-2 score, or null while it is not final
     */
    public record TallyRow(long applicationId, String candidateNumber, String fullName, BigDecimal part1Mark,
            int ballotsIn, int members, List<BallotLine> ballots, BigDecimal spread, BoardScoreRule.Kind band,
            BigDecimal decidedScore, MarkSheet.Kind decidedAs, String decisionReason, BigDecimal score,
            int confidenceIn, ConfidenceVoteRule.Count confidence) {
    }

    /** A post's part 2: the criteria, the council's size, whether the ballots are closed, one row per candidate. */
    public record Tally(long positionId, List<BallotRule.Criterion> criteria, int members, boolean closed,
            boolean confidenceVote, RuleSet.BoardSpread bands, List<TallyRow> rows) {
    }

    // ------------------------------------------------------------------ criteria and deadline

    /** The campaign's ballot criteria: the latest saved, else {@link BallotRule#defaultCriteria()}. */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_GRADER"})
    @Transactional(readOnly = true)
    public List<BallotRule.Criterion> criteria(long campaignId) {
        access.require(campaignId);
        return criteriaOf(campaignId);
    }

    /**
     * Saves the campaign's criteria as a new version; refused with the first of {@link BallotRule#checkCriteria}'s
     * problems, and once any ballot of the campaign is cast (the ballots were cast on the criteria in force).
     */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional
    public void saveCriteria(long campaignId, List<BallotRule.Criterion> list) {
        access.require(campaignId);
        posts.settings(campaignId);   // a leadership campaign only
        campaigns.requireResultsOpen(campaignId);
        List<BallotRule.Problem> problems = BallotRule.checkCriteria(list);
        if (!problems.isEmpty()) {
            BallotRule.Problem p = problems.get(0);
            throw new DomainException(p.key(), p.args().toArray());
        }
        if (ballotsCast(campaignId)) {
            throw new DomainException("error.criteria.ballotsCast");
        }
        int version = criteria.findByCampaignIdOrderByVersionDescOrdinalAsc(campaignId).stream()
                .mapToInt(ProposalCriterion::getVersion).max().orElse(0) + 1;
        Instant now = clock.instant();
        for (int i = 0; i < list.size(); i++) {
            criteria.save(new ProposalCriterion(campaignId, version, i + 1, list.get(i).name().strip(),
                    list.get(i).weight(), currentUser.username(), now));
        }
        events.publishEvent(new ProposalEvents.ProposalCriteriaSaved(campaignId, version, list.stream()
                .map(c -> c.name().strip() + " (" + c.weight() + ")").collect(Collectors.joining("; ")),
                currentUser.username()));
    }

    /** Why a campaign's criteria can no longer be changed. */
    public enum CriteriaFrozen {
        /** the results are approved and locked */
        RESULTS_LOCKED,
        /** a ballot was cast on the criteria in force */
        BALLOTS_CAST
    }

    /** Why {@link #saveCriteria} would refuse any criteria of the campaign now, or empty while they may change. */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_GRADER"})
    @Transactional(readOnly = true)
    public Optional<CriteriaFrozen> criteriaFrozen(long campaignId) {
        access.require(campaignId);
        if (campaigns.campaign(campaignId).resultsLocked()) {
            return Optional.of(CriteriaFrozen.RESULTS_LOCKED);
        }
        return ballotsCast(campaignId) ? Optional.of(CriteriaFrozen.BALLOTS_CAST) : Optional.empty();
    }

    private boolean ballotsCast(long campaignId) {
        List<Long> postIds = posts.posts(campaignId).stream().map(LeadershipPosts.PostInfo::positionId).toList();
        return !postIds.isEmpty() && ballots.existsByPositionIdIn(postIds);
    }

    /** Sets (or moves, as a new row) the post's deadline for the đề án upload, in the campaign's local time. */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional
    public void setProposalDeadline(long positionId, LocalDateTime dueAt) {
        LeadershipPosts.PostInfo post = post(positionId);
        access.require(post.campaignId());
        campaigns.requireResultsOpen(post.campaignId());
        if (dueAt == null) {
            throw new FieldErrors(Map.of("dueAt", "validation.required"));
        }
        deadlines.save(new ProposalDeadline(positionId, dueAt, currentUser.username(), clock.instant()));
        events.publishEvent(new ProposalEvents.ProposalDeadlineSet(post.campaignId(), positionId, dueAt,
                currentUser.username()));
    }

    /** The post's deadline for the upload, if set. */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_GRADER", "ROLE_CANDIDATE"})
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> proposalDeadline(long positionId) {
        return deadlines.findFirstByPositionIdOrderByIdDesc(positionId).map(ProposalDeadline::getDueAt);
    }

    // ------------------------------------------------------------------ who goes on

    /**
     * The candidates of the post who go on to part 2: eligible, the post going ahead, and a final part-1 mark at
     * least the gate (below it a candidate is out, whatever part 2 could give); none until part 1's key is open.
     */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_GRADER"})
    @Transactional(readOnly = true)
    public List<Part2Candidate> part2Candidates(long positionId) {
        LeadershipPosts.PostInfo post = post(positionId);
        access.require(post.campaignId());
        return goingOn(post);
    }

    // ------------------------------------------------------------------ the upload

    /**
     * The candidate uploads their đề án (PDF or DOCX by content, at most 10 MB), before the post's deadline; each
     * upload is a row of its own, the latest is read. Returns the file's SHA-256.
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public String upload(long applicationId, String fileName, byte[] bytes) {
        CandidateInfo c = registration.candidate(applicationId);
        if (registration.myApplication(c.campaignId()).filter(a -> a.id() == applicationId).isEmpty()) {
            throw new DomainException("error.notFound");
        }
        LocalDateTime due = deadlines.findFirstByPositionIdOrderByIdDesc(c.positionId())
                .map(ProposalDeadline::getDueAt).orElseThrow(() -> new DomainException("error.proposal.noDeadline"));
        if (!LocalDateTime.now(clock.withZone(ClockConfiguration.ZONE)).isBefore(due)) {
            throw new DomainException("error.proposal.late", due.format(DUE_FORMAT));
        }
        LeadershipPosts.PostInfo post = post(c.positionId());
        if (goingOn(post).stream().noneMatch(p -> p.applicationId() == applicationId)) {
            throw new DomainException(written.openedMarks(c.positionId(), 1).isEmpty()
                    ? "error.proposal.part1Pending" : "error.proposal.belowGate",
                    posts.settings(c.campaignId()).part1Gate());
        }
        ProposalFileRule.Result r = ProposalFileRule.check(fileName, bytes, ProposalFileRule.Limits.defaults());
        if (!r.ok()) {
            throw new DomainException(r.problem(), r.args().toArray());
        }
        String name = ProposalFileRule.servedName(fileName, r.format());
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        String sha = files.save(new ProposalFile(applicationId, name, r.format(), bytes, currentUser.username(),
                clock.instant())).getSha256();
        events.publishEvent(new ProposalEvents.ProposalUploaded(applicationId, name, r.format().name(),
                bytes.length, sha, currentUser.username()));
        return sha;
    }

    /**
     * The latest upload of a candidate's đề án: for the candidate themselves, the council's members, and the staff
     * who work on the campaign.
     */
    @Secured({"ROLE_CANDIDATE", "ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Optional<Proposal> proposal(long applicationId) {
        CandidateInfo c = registration.candidate(applicationId);
        if (currentUser.hasRole(Role.CANDIDATE)) {
            if (registration.myApplication(c.campaignId()).filter(a -> a.id() == applicationId).isEmpty()) {
                throw new DomainException("error.notFound");
            }
        } else {
            access.require(c.campaignId());
            if (!access.global() && !currentUser.hasRole(Role.SECRETARY) && !currentUser.hasRole(Role.CHAIR)) {
                seat(c.campaignId());
            }
        }
        return files.findFirstByApplicationIdOrderByIdDesc(applicationId).map(f -> new Proposal(applicationId,
                f.getFileName(), f.getFormat(), f.getFormat().mimeType(), f.getData(), f.getSha256(),
                f.getUploadedAt()));
    }

    // ------------------------------------------------------------------ the schedule

    /**
     * Draws the order and room of the post's presentations by lot, once: a seed from {@link SecureRandom}, recorded
     * with the candidates, the rooms, the start and the durations, so anyone can draw it again.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional
    public Schedule drawSchedule(long positionId, List<String> rooms, LocalDateTime start) {
        LeadershipPosts.PostInfo post = post(positionId);
        access.require(post.campaignId());
        campaigns.requireResultsOpen(post.campaignId());
        if (lots.findByPositionId(positionId).isPresent()) {
            throw new DomainException("error.lot.drawn");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> names = rooms == null ? List.of() : rooms.stream().map(r -> r == null ? "" : r.strip()).toList();
        if (names.isEmpty()) {
            errors.put("rooms", "validation.required");
        }
        for (String n : names) {
            String problem = FreeText.check(n, 100);
            if (problem != null) {
                errors.putIfAbsent("rooms", problem);
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            errors.putIfAbsent("rooms", "error.lot.roomTwice");
        }
        if (start == null) {
            errors.put("start", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        List<Part2Candidate> going = goingOn(post);
        if (going.isEmpty()) {
            throw new DomainException("error.lot.noCandidates");
        }
        RuleSet.Leadership s = posts.settings(post.campaignId());
        PresentationLotRule.Durations durations = new PresentationLotRule.Durations(s.presentationMinutes(),
                s.questionMinutes(), BREAK_MINUTES);
        long seed = random.nextLong();
        PresentationLot lot = lots.save(new PresentationLot(positionId, seed,
                going.stream().map(Part2Candidate::applicationId).toList(), names, start, durations,
                currentUser.username(), clock.instant()));
        events.publishEvent(new ProposalEvents.PresentationsDrawn(post.campaignId(), positionId, seed,
                String.join(", ", names), start, going.size(), currentUser.username()));
        return schedule(lot);
    }

    /** The post's schedule with the candidates' names, once drawn. */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_GRADER"})
    @Transactional(readOnly = true)
    public Optional<Schedule> schedule(long positionId) {
        access.require(post(positionId).campaignId());
        return lots.findByPositionId(positionId).map(this::schedule);
    }

    private Schedule schedule(PresentationLot lot) {
        List<ScheduledSlot> slots = new ArrayList<>();
        for (PresentationLotRule.Slot s : lot.slots()) {
            CandidateInfo c = registration.candidate(s.candidateId());
            slots.add(new ScheduledSlot(s.order(), s.candidateId(), c.candidateNumber(), c.fullName(), s.room(),
                    s.starts(), s.ends()));
        }
        return new Schedule(lot.getPositionId(), lot.getSeed(), lot.candidateIds(), lot.rooms(), lot.getStartsAt(),
                lot.durations(), lot.getDrawnBy(), lot.getDrawnAt(), slots);
    }

    // ------------------------------------------------------------------ the ballots

    /**
     * A council member casts their secret ballot on a candidate: one score per criterion, in the criteria's order
     * ({@link BallotRule#checkBallot}); once per member and candidate, and not after the post's ballots are closed.
     */
    @Secured({"ROLE_CHAIR", "ROLE_SECRETARY", "ROLE_GRADER"})
    @Transactional
    public void castBallot(long applicationId, List<BigDecimal> scores) {
        CandidateInfo c = registration.candidate(applicationId);
        CouncilService.CouncilSeat me = openForVoting(c);
        if (ballots.existsByApplicationIdAndMemberId(applicationId, me.userId())) {
            throw new DomainException("error.ballot.twice");
        }
        List<BallotRule.Criterion> list = criteriaOf(c.campaignId());
        List<BallotRule.Problem> problems = BallotRule.checkBallot(list, scores);
        if (!problems.isEmpty()) {
            BallotRule.Problem p = problems.get(0);
            throw new DomainException(p.key(), p.args().toArray());
        }
        BigDecimal total = BallotRule.total(scores);
        String points = scores.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(";"));
        Instant now = clock.instant();
        MarkSheet sheet = sheets.save(MarkSheet.ballot(applicationId, proposalPart(c.positionId()), me.userId(),
                me.fullName(), points, total, now));
        ballots.save(new ProposalBallot(c.positionId(), applicationId, me.userId(), sheet.getId(), now));
        events.publishEvent(new ProposalEvents.ProposalBallotCast(applicationId, currentUser.username(),
                currentUser.username()));
    }

    /** The member's confidence ballot on a candidate, once, when the campaign holds the vote. */
    @Secured({"ROLE_CHAIR", "ROLE_SECRETARY", "ROLE_GRADER"})
    @Transactional
    public void castConfidence(long applicationId, ConfidenceVoteRule.Ballot ballot) {
        CandidateInfo c = registration.candidate(applicationId);
        if (!posts.settings(c.campaignId()).confidenceVote()) {
            throw new DomainException("error.confidence.notHeld");
        }
        CouncilService.CouncilSeat me = openForVoting(c);
        if (ballot == null) {
            throw new FieldErrors(Map.of("ballot", "validation.required"));
        }
        if (confidence.existsByApplicationIdAndMemberId(applicationId, me.userId())) {
            throw new DomainException("error.confidence.twice");
        }
        confidence.save(new ConfidenceBallot(c.positionId(), applicationId, me.userId(), ballot, clock.instant()));
        events.publishEvent(new ProposalEvents.ConfidenceBallotCast(applicationId, currentUser.username(),
                currentUser.username()));
    }

    /** The signed-in member's own ballots and votes, one line per part-2 candidate of the campaign's posts. */
    @Secured({"ROLE_CHAIR", "ROLE_SECRETARY", "ROLE_GRADER"})
    @Transactional(readOnly = true)
    public List<MyBallot> myBallots(long campaignId) {
        access.require(campaignId);
        CouncilService.CouncilSeat me = seat(campaignId);
        List<MyBallot> out = new ArrayList<>();
        for (LeadershipPosts.PostInfo post : posts.posts(campaignId)) {
            List<Part2Candidate> going = goingOn(post);
            List<Long> ids = going.stream().map(Part2Candidate::applicationId).toList();
            Map<Long, MarkSheet> mine = new HashMap<>();
            Map<Long, ConfidenceVoteRule.Ballot> votes = new HashMap<>();
            if (!ids.isEmpty()) {
                List<Long> sheetIds = ballots.findByApplicationIdInOrderById(ids).stream()
                        .filter(b -> b.getMemberId() == me.userId()).map(ProposalBallot::getMarkSheetId).toList();
                sheets.findAllById(sheetIds).forEach(m -> mine.put(m.getApplicationId(), m));
                confidence.findByApplicationIdInOrderById(ids).stream().filter(v -> v.getMemberId() == me.userId())
                        .forEach(v -> votes.put(v.getApplicationId(), v.getBallot()));
            }
            for (Part2Candidate p : going) {
                MarkSheet m = mine.get(p.applicationId());
                out.add(new MyBallot(post.positionId(), p.applicationId(), p.candidateNumber(), p.fullName(),
                        m == null ? null : points(m), m == null ? null : m.getMark(), votes.get(p.applicationId())));
            }
        }
        return out;
    }

    /**
     * The post's tally, for the council's members and the administrators — and, once the chair has closed the
     * ballots, for the campaign's results staff too (the council's papers are made from it): per candidate the number
     * of ballots in, and — only once every seated member's ballot is in — the ballots, the spread, the band, the
     * decision and the score; the confidence count once every member has voted.
     */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR", "ROLE_SECRETARY", "ROLE_GRADER"})
    @Transactional(readOnly = true)
    public Tally tally(long positionId) {
        LeadershipPosts.PostInfo post = post(positionId);
        long campaignId = post.campaignId();
        access.require(campaignId);
        if (!access.global() && !closures.existsByPositionId(positionId)) {
            seat(campaignId);
        }
        RuleSet.Leadership settings = posts.settings(campaignId);
        RuleSet.BoardSpread bands = campaignRules.rules(campaignId).boardSpread();
        List<CouncilService.CouncilSeat> seats = councils.councilSeats(campaignId);
        List<Part2Candidate> going = goingOn(post);
        Votes v = votes(going, proposalPart(positionId));
        List<TallyRow> rows = new ArrayList<>();
        for (Part2Candidate p : going) {
            rows.add(row(p, seats, v, bands, settings));
        }
        return new Tally(positionId, criteriaOf(campaignId), seats.size(), closures.existsByPositionId(positionId),
                settings.confidenceVote(), bands, rows);
    }

    /** How a candidate's part-2 score was reached, for other modules' papers: the spread rule's three bands. */
    public enum Band { MEAN, HEAD_DECIDED, CHAIR_DECIDED }

    /** A ballot criterion and its weight (points of 100), for other modules' papers. */
    public record WeightedCriterion(String name, int weight) {
    }

    /**
     * One candidate in the summary of a post's ballots: each member's ballot total (in the order of
     * {@link BallotSummary#members()} when the ballots are named; by total, unnamed), the spread, the band, the
     * score (null while not final) and why it was decided, the confidence vote (null when none is counted).
     */
    public record SummaryRow(long applicationId, String candidateNumber, String fullName, List<BigDecimal> totals,
            BigDecimal spread, Band band, BigDecimal score, String reason, Integer confidenceAgree,
            Integer confidenceCast, BigDecimal confidencePercent) {
    }

    /**
     * A post's ballots as the council's summary prints them, in this module's exposed types.
     * @param members  the seated members' names when the ballots are named, else "Thành viên 1 … n"
     */
    public record BallotSummary(long positionId, List<WeightedCriterion> criteria, List<String> members,
            boolean named, boolean closed, BigDecimal meanUpTo, BigDecimal chairFrom, List<SummaryRow> rows) {
    }

    /** {@link #tally} in the shape of the council's summary of the ballots (bảng tổng hợp phiếu chấm đề án). */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR", "ROLE_SECRETARY", "ROLE_GRADER"})
    @Transactional(readOnly = true)
    public BallotSummary ballotSummary(long positionId) {
        Tally t = tally(positionId);
        boolean named = posts.settings(post(positionId).campaignId()).namedBallots();
        // named: a column per seat, each candidate's ballot under its member; unnamed: numbered by total per
        // candidate, as the tally lists them, so a column tells nobody whose ballots it holds
        List<String> members = named ? councils.councilSeats(post(positionId).campaignId()).stream()
                .map(CouncilService.CouncilSeat::fullName).toList()
                : java.util.stream.IntStream.rangeClosed(1, t.members())
                        .mapToObj(i -> Messages.vi("proposal.ballot.member", i)).toList();
        List<SummaryRow> rows = new ArrayList<>();
        for (TallyRow r : t.rows()) {
            List<BigDecimal> totals = new ArrayList<>();
            if (named) {
                Map<String, BigDecimal> byMember = new LinkedHashMap<>();
                r.ballots().forEach(b -> byMember.putIfAbsent(b.member(), b.total()));
                members.forEach(m -> totals.add(byMember.get(m)));
            } else {
                r.ballots().forEach(b -> totals.add(b.total()));
                while (totals.size() < members.size()) {
                    totals.add(null);
                }
            }
            Band band = switch (r.band()) {
                case AGREED, INCOMPLETE -> Band.MEAN;
                case DECISION_REQUIRED -> Band.HEAD_DECIDED;
                case CHAIR_DECISION_REQUIRED -> Band.CHAIR_DECIDED;
            };
            ConfidenceVoteRule.Count c = r.confidence();
            rows.add(new SummaryRow(r.applicationId(), r.candidateNumber(), r.fullName(), totals, r.spread(), band,
                    r.score(), r.decisionReason(), c == null ? null : c.agree(), c == null ? null : c.cast(),
                    c == null ? null : c.castPercent()));
        }
        return new BallotSummary(positionId, t.criteria().stream()
                .map(c -> new WeightedCriterion(c.name(), c.weight())).toList(), members, named, t.closed(),
                t.bands().meanUpTo(), t.bands().chairFrom(), rows);
    }

    /** Whether the chair has closed the post's ballots (part 2 locked). */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR", "ROLE_SECRETARY", "ROLE_GRADER"})
    @Transactional(readOnly = true)
    public boolean ballotsClosed(long positionId) {
        access.require(post(positionId).campaignId());
        return closures.existsByPositionId(positionId);
    }

    /**
     * The council chair decides a candidate's score when the spread rule asks for a decision (every ballot in): as
     * the board's head in the head's band (for the đề án the chair is the head), as the chair in the chair's band;
     * with a reason, a HEAD or CHAIR mark sheet of its own. The latest decision counts.
     */
    @Secured("ROLE_CHAIR")
    @Transactional
    public void decide(long applicationId, BigDecimal score, String reason) {
        CandidateInfo c = registration.candidate(applicationId);
        access.require(c.campaignId());
        campaigns.requireResultsOpen(c.campaignId());
        Principal p = currentUser.require();
        if (p.userId() == null || !councils.isChair(c.campaignId(), p.userId())) {
            throw new DomainException("error.ballot.notChair");
        }
        if (closures.existsByPositionId(c.positionId())) {
            throw new DomainException("error.ballot.closed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!BoardScoreRule.validScore(score)) {
            errors.put("score", "validation.score");
        }
        FreeText.check(errors, "reason", reason, 1000);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        LeadershipPosts.PostInfo post = post(c.positionId());
        Part2Candidate candidate = goingOn(post).stream().filter(x -> x.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> new DomainException("error.ballot.notCandidate"));
        TallyRow row = row(candidate, councils.councilSeats(c.campaignId()), votes(List.of(candidate),
                proposalPart(c.positionId())), campaignRules.rules(c.campaignId()).boardSpread(),
                posts.settings(c.campaignId()));
        MarkSheet.Kind as = switch (row.band()) {
            case DECISION_REQUIRED -> MarkSheet.Kind.HEAD;
            case CHAIR_DECISION_REQUIRED -> MarkSheet.Kind.CHAIR;
            case INCOMPLETE -> throw new DomainException("error.ballot.incomplete");
            case AGREED -> throw new DomainException("error.board.noDecisionNeeded");
        };
        sheets.save(MarkSheet.inPerson(applicationId, proposalPart(c.positionId()), as, p.userId(), p.fullName(),
                score, reason.strip(), clock.instant()));
        events.publishEvent(new ProposalEvents.ProposalScoreDecided(applicationId, score, as.name(), reason.strip(),
                currentUser.username()));
    }

    /**
     * The council chair closes the post's ballots: part 2 is locked. Refused while a candidate whose ballots are all
     * in still waits for the decision the spread rule asks for.
     */
    @Secured("ROLE_CHAIR")
    @Transactional
    public void closeBallots(long positionId) {
        LeadershipPosts.PostInfo post = post(positionId);
        access.require(post.campaignId());
        campaigns.requireResultsOpen(post.campaignId());
        Principal p = currentUser.require();
        if (p.userId() == null || !councils.isChair(post.campaignId(), p.userId())) {
            throw new DomainException("error.ballot.notChair");
        }
        if (closures.existsByPositionId(positionId)) {
            throw new DomainException("error.ballot.closed");
        }
        RuleSet.BoardSpread bands = campaignRules.rules(post.campaignId()).boardSpread();
        List<CouncilService.CouncilSeat> seats = councils.councilSeats(post.campaignId());
        List<Part2Candidate> going = goingOn(post);
        Votes v = votes(going, proposalPart(positionId));
        RuleSet.Leadership settings = posts.settings(post.campaignId());
        long pending = going.stream().map(c -> row(c, seats, v, bands, settings))
                .filter(r -> r.band() != BoardScoreRule.Kind.INCOMPLETE && r.score() == null).count();
        if (pending > 0) {
            throw new DomainException("error.ballot.decisionPending", pending);
        }
        closures.save(new ProposalClosure(positionId, currentUser.username(), clock.instant()));
        events.publishEvent(new ProposalEvents.ProposalBallotsClosed(post.campaignId(), positionId,
                currentUser.username()));
    }

    /**
     * The final part-2 score of each part-2 candidate of the post (null while not final: ballots missing or a
     * decision pending), for results.
     */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> part2Scores(long positionId) {
        LeadershipPosts.PostInfo post = post(positionId);
        access.require(post.campaignId());
        RuleSet.BoardSpread bands = campaignRules.rules(post.campaignId()).boardSpread();
        List<CouncilService.CouncilSeat> seats = councils.councilSeats(post.campaignId());
        List<Part2Candidate> going = goingOn(post);
        Votes v = votes(going, proposalPart(positionId));
        RuleSet.Leadership settings = posts.settings(post.campaignId());
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Part2Candidate c : going) {
            out.put(c.applicationId(), row(c, seats, v, bands, settings).score());
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /** The ballots, decisions and confidence votes of some candidates of one post, read once. */
    private record Votes(Map<Long, List<MarkSheet>> ballots, Map<Long, MarkSheet> decisions,
            Map<Long, List<ConfidenceBallot>> confidence) {
    }

    private Votes votes(List<Part2Candidate> going, int partNo) {
        List<Long> ids = going.stream().map(Part2Candidate::applicationId).toList();
        Map<Long, List<MarkSheet>> byApp = new HashMap<>();
        Map<Long, MarkSheet> decided = new HashMap<>();
        Map<Long, List<ConfidenceBallot>> votes = new HashMap<>();
        if (ids.isEmpty()) {
            return new Votes(byApp, decided, votes);
        }
        Set<Long> ballotSheets = ballots.findByApplicationIdInOrderById(ids).stream()
                .map(ProposalBallot::getMarkSheetId).collect(Collectors.toSet());
        for (MarkSheet m : sheets.findByApplicationIdInOrderById(ids)) {
            if (m.getPartNo() == null || m.getPartNo() != partNo) {
                continue;
            }
            if (m.getKind() == MarkSheet.Kind.MEMBER && ballotSheets.contains(m.getId())) {
                byApp.computeIfAbsent(m.getApplicationId(), k -> new ArrayList<>()).add(m);
            } else if (m.getKind() == MarkSheet.Kind.HEAD || m.getKind() == MarkSheet.Kind.CHAIR) {
                decided.put(m.getApplicationId(), m);
            }
        }
        confidence.findByApplicationIdInOrderById(ids)
                .forEach(b -> votes.computeIfAbsent(b.getApplicationId(), k -> new ArrayList<>()).add(b));
        return new Votes(byApp, decided, votes);
    }

    /** One candidate's row: everything hidden (but the count) until every seated member's ballot is in. */
    private TallyRow row(Part2Candidate p, List<CouncilService.CouncilSeat> seats, Votes v, RuleSet.BoardSpread bands,
            RuleSet.Leadership settings) {
        Set<Long> seated = seats.stream().map(CouncilService.CouncilSeat::userId).collect(Collectors.toSet());
        // a ballot counts while its member holds a seat
        List<MarkSheet> cast = v.ballots().getOrDefault(p.applicationId(), List.of()).stream()
                .filter(m -> seated.contains(m.getMarkerId())).toList();
        int members = seats.size();
        boolean complete = members > 0 && cast.size() == members;
        List<ConfidenceBallot> votes = v.confidence().getOrDefault(p.applicationId(), List.of()).stream()
                .filter(b -> seated.contains(b.getMemberId())).toList();
        ConfidenceVoteRule.Count count = settings.confidenceVote() && members > 0 && votes.size() == members
                ? ConfidenceVoteRule.count(votes.stream().map(ConfidenceBallot::getBallot).toList(), members) : null;
        if (!complete) {
            return new TallyRow(p.applicationId(), p.candidateNumber(), p.fullName(), p.part1Mark(), cast.size(),
                    members, List.of(), null, BoardScoreRule.Kind.INCOMPLETE, null, null, null, null, votes.size(),
                    count);
        }
        BoardScoreRule.Outcome o = BoardScoreRule.evaluate(cast.stream().map(MarkSheet::getMark).toList(), members,
                bands);
        MarkSheet d = v.decisions().get(p.applicationId());
        BoardScoreRule.Decider decider = d == null ? null : d.getKind() == MarkSheet.Kind.CHAIR
                ? BoardScoreRule.Decider.COUNCIL_CHAIR : BoardScoreRule.Decider.BOARD_HEAD;
        BigDecimal score = BoardScoreRule.finalScore(o, decider, d == null ? null : d.getMark());
        List<BallotLine> lines = new ArrayList<>();
        if (settings.namedBallots()) {
            cast.forEach(m -> lines.add(new BallotLine(m.getMarkerName(), points(m), m.getMark())));
        } else {
            // unnamed ballots are listed by total, not in the order cast, so the order tells nobody whose is whose
            List<MarkSheet> byTotal = cast.stream().sorted(java.util.Comparator.comparing(MarkSheet::getMark)
                    .reversed().thenComparing(MarkSheet::getQuestionMarks)).toList();
            for (int i = 0; i < byTotal.size(); i++) {
                MarkSheet m = byTotal.get(i);
                lines.add(new BallotLine(Messages.vi("proposal.ballot.member", i + 1), points(m), m.getMark()));
            }
        }
        return new TallyRow(p.applicationId(), p.candidateNumber(), p.fullName(), p.part1Mark(), cast.size(),
                members, lines, o.spread(), o.kind(), d == null ? null : d.getMark(), d == null ? null : d.getKind(),
                d == null ? null : d.getReason(), score, votes.size(), count);
    }

    private static List<BigDecimal> points(MarkSheet m) {
        return m.getQuestionMarks() == null || m.getQuestionMarks().isEmpty() ? List.of()
                : Arrays.stream(m.getQuestionMarks().split(";")).map(BigDecimal::new).toList();
    }

    /** The member acting may vote on the candidate now: a seat on the council, part 2's candidate, not closed. */
    private CouncilService.CouncilSeat openForVoting(CandidateInfo c) {
        access.require(c.campaignId());
        campaigns.requireResultsOpen(c.campaignId());
        CouncilService.CouncilSeat me = seat(c.campaignId());
        if (closures.existsByPositionId(c.positionId())) {
            throw new DomainException("error.ballot.closed");
        }
        if (goingOn(post(c.positionId())).stream().noneMatch(p -> p.applicationId() == c.applicationId())) {
            throw new DomainException("error.ballot.notCandidate");
        }
        return me;
    }

    /** The council seat of the person acting, or refused. */
    private CouncilService.CouncilSeat seat(long campaignId) {
        Long me = currentUser.require().userId();
        return councils.councilSeats(campaignId).stream().filter(s -> me != null && s.userId() == me).findFirst()
                .orElseThrow(() -> new DomainException("error.ballot.notMember"));
    }

    private List<Part2Candidate> goingOn(LeadershipPosts.PostInfo post) {
        if (post.state() != PostState.GO_AHEAD) {
            return List.of();
        }
        Optional<Map<Long, BigDecimal>> marks = written.openedMarks(post.positionId(), 1);
        if (marks.isEmpty()) {
            return List.of();
        }
        BigDecimal gate = posts.settings(post.campaignId()).part1Gate();
        return registration.eligibleCandidates(post.campaignId()).stream()
                .filter(c -> c.positionId() == post.positionId())
                .filter(c -> marks.get().get(c.applicationId()) != null
                        && marks.get().get(c.applicationId()).compareTo(gate) >= 0)
                .map(c -> new Part2Candidate(c.applicationId(), c.candidateNumber(), c.fullName(),
                        marks.get().get(c.applicationId())))
                .toList();
    }

    private List<BallotRule.Criterion> criteriaOf(long campaignId) {
        List<ProposalCriterion> all = criteria.findByCampaignIdOrderByVersionDescOrdinalAsc(campaignId);
        if (all.isEmpty()) {
            return BallotRule.defaultCriteria();
        }
        int latest = all.get(0).getVersion();
        return all.stream().filter(c -> c.getVersion() == latest).map(ProposalCriterion::toCriterion).toList();
    }

    private LeadershipPosts.PostInfo post(long positionId) {
        return posts.post(positionId).orElseThrow(() -> new DomainException("error.notFound"));
    }

    /** The plan's đề án part of the post. */
    private int proposalPart(long positionId) {
        return campaigns.round2Parts(positionId).stream().filter(p -> p.kind() == PartKind.PROPOSAL)
                .mapToInt(CampaignService.Round2Part::partNo).findFirst().orElse(DEFAULT_PART);
    }
}
