package vn.thituyen.delivery;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.ExamScreen.CurrentPart;
import vn.thituyen.delivery.ExamScreen.Item;
import vn.thituyen.delivery.ExamScreen.PartState;
import vn.thituyen.delivery.ExamScreen.PartSummary;
import vn.thituyen.delivery.domain.Answer;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.AnswerSaveCheck;
import vn.thituyen.delivery.domain.Attempt;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.ExamSession;
import vn.thituyen.delivery.domain.ExamSessionRepository;
import vn.thituyen.delivery.domain.LateArrivalRule;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.delivery.domain.SuspensionRule;
import vn.thituyen.delivery.domain.Violation;
import vn.thituyen.delivery.domain.ViolationRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.ExamTicketCheck;
import vn.thituyen.questionbank.ExamQuestions;
import vn.thituyen.questionbank.QuestionText;
import vn.thituyen.questionbank.Subject;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/**
 * Round 1 on computer, the candidate's session and the room's console: signing in at the room, the screen, starting
 * a part, durable saves, handing in, the server-kept clock; the rooms' sittings and rosters, closing a sitting.
 * Preparing a sitting is {@link SittingPreparation}; scoring a part, {@link PartScoring}.
 */
@Service
public class DeliveryService implements ExamTicketCheck {

    private final SittingRepository sittings;
    private final AttemptRepository attempts;
    private final AttemptPartRepository parts;
    private final PaperItemRepository items;
    private final AnswerRepository answers;
    private final ExamSessionRepository sessions;
    private final ViolationRepository violations;
    private final RegistrationService registration;
    private final CampaignService campaigns;
    private final ExamQuestions examQuestions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Duration sessionIdleTimeout;
    private final ShortLivedCache<Long, ExamIdentity> identities = new ShortLivedCache<>(Duration.ofMinutes(10), 50_000);
    private final ShortLivedCache<Long, String> positionNames = new ShortLivedCache<>(Duration.ofMinutes(10), 10_000);
    /**
     * a campaign's rule set is fixed when the campaign is created, and the options a campaign may change do not touch
     * delivery's rules (late arrival, suspension): read once per start storm, not per start
     */
    private final ShortLivedCache<Long, RuleSet.Parameters> campaignRulesCache =
            new ShortLivedCache<>(Duration.ofMinutes(10), 1_000);
    private final CampaignRules campaignRules;
    private final PartScoring scoring;

    DeliveryService(SittingRepository sittings, AttemptRepository attempts, AttemptPartRepository parts,
            PaperItemRepository items, AnswerRepository answers,
            ViolationRepository violations, ExamSessionRepository sessions,
            RegistrationService registration,
            CampaignService campaigns, ExamQuestions examQuestions, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${thituyen.exam.session-idle-timeout:30m}")
            Duration sessionIdleTimeout, CampaignRules campaignRules, PartScoring scoring) {
        this.scoring = scoring;
        this.campaignRules = campaignRules;
        this.sessionIdleTimeout = sessionIdleTimeout;
        this.sittings = sittings;
        this.attempts = attempts;
        this.parts = parts;
        this.items = items;
        this.answers = answers;
        this.sessions = sessions;
        this.violations = violations;
        this.registration = registration;
        this.campaigns = campaigns;
        this.examQuestions = examQuestions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- sign-in at the room

    /** The attempt whose candidate number and one-time password match, in a sitting that is open (or paused). */
    private Optional<Attempt> match(String candidateNumber, String oneTimePassword) {
        if (candidateNumber == null || oneTimePassword == null || candidateNumber.isBlank()
                || candidateNumber.trim().length() > 20 || oneTimePassword.trim().length() > 20) {
            return Optional.empty();
        }
        byte[] given = oneTimePassword.trim().toUpperCase().getBytes(StandardCharsets.UTF_8);
        for (Attempt a : attempts.findByCandidateNumber(candidateNumber.trim().toUpperCase())) {
            boolean open = sittings.findById(a.getSittingId()).map(s -> s.getStatus() == Sitting.Status.OPEN
                    || s.getStatus() == Sitting.Status.PAUSED).orElse(false);
            boolean match = MessageDigest.isEqual(a.getOneTimePassword().getBytes(StandardCharsets.UTF_8), given);
            if (open && match) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * A new exam session for the candidate: the secret's hash becomes the attempt's current session, which ends
     * any session before it (browser or API). A replaced session is recorded (roster, audit).
     */
    private String openSession(Attempt a, String channel) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = java.util.HexFormat.of().formatHex(bytes);
        Instant now = clock.instant();
        ExamSession session = sessions.save(new ExamSession(secret, a.getId(), now, channel));
        if (a.newSession(session.getTokenHash(), now)) {
            events.publishEvent(new DeliveryEvents.ExamSessionReplaced(a.getId(), a.getCandidateNumber(), channel,
                    a.getCandidateNumber()));
        }
        return secret;
    }

    /** Browser sign-in at {@code /exam-login}: a new exam session, the candidate's only one from now on. */
    @Override
    @Transactional
    public Optional<Examinee> signIn(String candidateNumber, String oneTimePassword) {
        return match(candidateNumber, oneTimePassword).map(a -> {
            String secret = openSession(a, "BROWSER");
            return new Examinee(a.getId(), a.getCandidateNumber(),
                    registration.candidate(a.getApplicationId()).fullName(), ExamSession.hash(secret));
        });
    }

    /**
     * Opens a session for an exam client with the room's candidate number + one-time password; the token is
     * returned once and stored only as a hash. It ends the candidate's earlier session (browser or API). Works
     * while the sitting is open, on any node, across restarts.
     */
    @Transactional
    public Optional<String> openClientSession(String candidateNumber, String oneTimePassword) {
        return match(candidateNumber, oneTimePassword).map(a -> openSession(a, "API"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Examinee> checkToken(String token) {
        if (token == null || token.length() != 64) {
            return Optional.empty();
        }
        String ref = ExamSession.hash(token);
        Instant now = clock.instant();
        return sessions.findByTokenHash(ref).flatMap(s -> attempts.findById(s.getAttemptId()))
                .filter(a -> sittings.findById(a.getSittingId()).map(x -> x.getStatus() == Sitting.Status.OPEN
                        || x.getStatus() == Sitting.Status.PAUSED).orElse(false))
                .filter(a -> sessionProblem(ref, a, parts.findByAttemptIdOrderByPartNo(a.getId()), now) == null)
                .map(a -> new Examinee(a.getId(), a.getCandidateNumber(), identity(a.getApplicationId()).fullName(),
                        ref));
    }

    /** Why the session no longer counts (a message key), or null; see {@link ExamSessionRule}. */
    private String sessionProblem(String ref, Attempt a, List<AttemptPart> ps, Instant now) {
        return vn.thituyen.delivery.domain.ExamSessionRule.check(ref, a.getCurrentSession(), a.getSessionStartedAt(),
                a.getLastSeenAt(), sessionIdleTimeout,
                ps == null ? null : vn.thituyen.delivery.domain.ExamSessionRule.lastDeadline(ps), now);
    }

    /**
     * The signed-in examinee's session must still count (current, not idle and, with {@code ps}, not past the last
     * part's deadline). Work done in-process (demo loader, tests: a principal without a session) is not a sign-in
     * and is not checked.
     * @param ps the attempt's parts, or null for the one read allowed after the last deadline: the candidate's own
     *           screen in the browser, so that the result shows when time is up (an API token ends at the deadline)
     */
    private void requireSession(Attempt a, List<AttemptPart> ps, Instant now) {
        String ref = currentUser.require().examSession();
        if (ref != null) {
            String problem = sessionProblem(ref, a, ps, now);
            if (problem != null) {
                throw new DomainException(problem);
            }
        }
    }

    // ---------------------------------------------------------------- the candidate's screen

    /** The signed-in examinee's screen. Parts whose time ran out are closed first (stamped at their deadline). */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public ExamScreen screen() {
        Attempt attempt = myAttempt();
        Instant now = clock.instant();
        requireSession(attempt, null, now);
        return screenOf(attempt, sitting(attempt.getSittingId()), parts.findByAttemptIdOrderByPartNo(attempt.getId()),
                now, null);
    }

    /**
     * What the exam screen's 30-second poll needs: the running part and its time left, derived from the stored
     * deadline; a part whose time ran out is closed, as by {@link #screen()}. No questions, no answers.
     */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public PartClock partClock() {
        Attempt attempt = myAttempt();
        Instant now = clock.instant();
        List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(attempt.getId());
        requireSession(attempt, null, now);   // like the screen: the poll must let a timed-out part show its result
        attempt.seen(now);
        Sitting sitting = sitting(attempt.getSittingId());
        closeExpired(attempt, sitting, ps, now);
        scoring.finishIfDone(attempt, ps, now);
        return ps.stream().filter(AttemptPart::isOpen).findFirst()
                .map(p -> new PartClock(p.getPartNo(), Math.max(0, Duration.between(now, p.getDeadline()).toSeconds()),
                        sitting.getStatus() == Sitting.Status.PAUSED))
                .orElse(new PartClock(null, 0, sitting.getStatus() == Sitting.Status.PAUSED));
    }

    /**
     * What the lobby's poll needs while the candidate waits to be checked in: whether they still wait (two reads
     * by primary key, no writes).
     */
    @Secured("ROLE_EXAMINEE")
    @Transactional(readOnly = true)
    public boolean awaitingCheckIn() {
        Attempt attempt = myAttempt();
        return awaitingCheckIn(attempt, sitting(attempt.getSittingId()));
    }

    private static boolean awaitingCheckIn(Attempt attempt, Sitting sitting) {
        return sitting.isCheckInRequired() && !attempt.isCheckedIn() && attempt.getStatus() != Attempt.Status.SUBMITTED;
    }

    /**
     * Sets or clears the candidate's own "review later" marker on a question of their running part: one
     * statement, nothing else read or written (not part of the score, not in the answer history).
     */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public void flag(long itemId, boolean flagged) {
        if (items.flag(itemId, myAttemptId(), flagged) == 0) {
            throw new DomainException("error.exam.partClosed");
        }
    }

    /** The running part's number (null when none runs) and its seconds left, for the screen's countdown. */
    public record PartClock(Integer partNo, long remainingSeconds, boolean paused) {
    }

    private ExamScreen screenOf(Attempt attempt, Sitting sitting, List<AttemptPart> ps, Instant now,
            AttemptPart justStarted) {
        return screenOf(attempt, sitting, ps, now, justStarted, true);
    }

    private ExamScreen screenOf(Attempt attempt, Sitting sitting, List<AttemptPart> ps, Instant now,
            AttemptPart justStarted, boolean presence) {
        if (presence) {
            attempt.seen(now);
        }
        boolean paused = sitting.getStatus() == Sitting.Status.PAUSED;
        closeExpired(attempt, sitting, ps, now);
        scoring.finishIfDone(attempt, ps, now);
        ExamIdentity who = identity(attempt.getApplicationId());
        boolean open = !paused && sitting.getStatus() == Sitting.Status.OPEN;
        List<PartSummary> summaries = new ArrayList<>();
        CurrentPart current = null;
        for (AttemptPart p : ps) {
            PartState state = p.isExempt() ? PartState.EXEMPT
                    : p.isClosed() ? PartState.CLOSED : p.isOpen() ? PartState.IN_PROGRESS : PartState.NOT_STARTED;
            summaries.add(new PartSummary(p.getPartNo(), p.getSubject(), p.getQuestionCount(), p.getDurationMinutes(),
                    state, p.getCorrectCount(), p.getPassed()));
            if (state == PartState.IN_PROGRESS) {
                // the questions reach the browser only while the sitting is open: not during a pause, whose time
                // is given back (TT 6/2020: the paper is confidential outside the candidate's own exam time)
                current = open ? currentPart(attempt, p, now, p == justStarted)
                        : new CurrentPart(p.getPartNo(), p.getSubject(), p.getDeadline(),
                                Math.max(0, Duration.between(now, p.getDeadline()).toSeconds()), List.of());
            }
        }
        return new ExamScreen(attempt.getCandidateNumber(), who.fullName(), who.positionName(), open, paused,
                attempt.getStatus() == Attempt.Status.SUBMITTED, awaitingCheckIn(attempt, sitting), summaries, current);
    }

    /** Closes the running parts whose deadline passed (not while the room is paused: that time is given back). */
    private void closeExpired(Attempt attempt, Sitting sitting, List<AttemptPart> ps, Instant now) {
        if (sitting.getStatus() == Sitting.Status.PAUSED) {
            return;
        }
        for (AttemptPart p : ps) {
            if (p.isOpen() && !now.isBefore(p.getDeadline())) {
                scoring.closePart(attempt, p, now, true);
            }
        }
    }

    /** A part started in this transaction has no answers yet: its screen skips reading them. */
    private CurrentPart currentPart(Attempt attempt, AttemptPart p, Instant now, boolean justStarted) {
        List<PaperItem> paper = items.findByAttemptPartIdOrderBySeq(p.getId());
        Map<Long, QuestionText> texts = examQuestions.questionTexts(paper.stream().map(PaperItem::getQuestionId).toList());
        Map<Long, Integer> chosen = justStarted ? Map.of() : scoring.latestChoices(attempt.getId());
        List<Item> shown = new ArrayList<>(paper.size());
        for (PaperItem it : paper) {
            QuestionText q = texts.get(it.getQuestionId());
            int[] order = it.order();
            List<String> options = new ArrayList<>(order.length);
            for (int original : order) {
                options.add(q.options().get(original));
            }
            Integer original = chosen.get(it.getId());
            shown.add(new Item(it.getId(), it.getSeq(), q.stem(), options, q.html(),
                    original == null ? null : it.displayIndex(original), it.isFlagged()));
        }
        long remaining = Math.max(0, Duration.between(now, p.getDeadline()).toSeconds());
        return new CurrentPart(p.getPartNo(), p.getSubject(), p.getDeadline(), remaining, shown);
    }

    /**
     * The candidate's name and position as shown on the exam screen. They do not change during an exam, and the
     * screen is drawn often (sign-in, start, hand-in, every reload), so they are kept for a few minutes instead
     * of being read from two other modules each time.
     */
    private ExamIdentity identity(long applicationId) {
        return identities.get(applicationId, () -> {
            CandidateInfo c = registration.candidate(applicationId);
            return new ExamIdentity(c.fullName(),
                    positionNames.get(c.positionId(), () -> campaigns.position(c.positionId()).name()));
        });
    }

    private record ExamIdentity(String fullName, String positionName) {
    }

    /**
     * Starts the next part that is neither exempt nor done and returns the screen with it, in one transaction;
     * the deadline is fixed now, on the server. Starting twice (two tabs, a double click) changes nothing.
     */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public ExamScreen startNextPart() {
        Attempt attempt = myAttempt();
        Sitting sitting = sitting(attempt.getSittingId());
        requireOpen(sitting.getStatus());
        List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(attempt.getId());
        Instant now = clock.instant();
        requireSession(attempt, ps, now);
        if (ps.stream().anyMatch(AttemptPart::isOpen)) {
            return screenOf(attempt, sitting, ps, now, null);   // already running
        }
        AttemptPart next = ps.stream().filter(p -> !p.isExempt() && p.getStartedAt() == null).findFirst()
                .orElseThrow(() -> new DomainException("error.exam.nothingToStart"));
        if (awaitingCheckIn(attempt, sitting)) {
            // the invigilator confirms the person at the door (citizen ID against the roster) before any part starts
            throw new DomainException("error.exam.notCheckedIn");
        }
        RuleSet.Parameters rules = campaignRulesCache.get(sitting.getCampaignId(),
                () -> campaignRules.rules(sitting.getCampaignId()));
        if (attempt.getStartedAt() != null && rules.suspensionBarsLaterPapers()) {
            // TT 22/2025/TT-BNV: a suspended candidate sits no later paper (read only for a later part, and only
            // under a rule set that says so: no statement is added to the ordinary start)
            List<Sanction> sanctions = violations.findByAttemptIdInOrderByRecordedAt(List.of(attempt.getId()))
                    .stream().map(Violation::getSanction).toList();
            if (!SuspensionRule.mayStartLaterPart(rules.suspensionBarsLaterPapers(), sanctions)) {
                throw new DomainException("error.exam.suspended");
            }
        }
        if (attempt.getStartedAt() == null && attempt.getLatePermittedBy() == null) {
            // TT 6/2020/TT-BNV: more than 30 minutes late may not sit; TT 22/2025: 5 or 10 minutes by the paper's
            // duration. Beyond the limit only with the chair's decision (permitLateStart)
            Duration late = Duration.between(sitting.getOpenedAt(), now);
            if (!LateArrivalRule.allowed(next.getDurationMinutes(), late, rules.lateArrival())) {
                throw new DomainException("error.exam.late",
                        LateArrivalRule.limitMinutes(next.getDurationMinutes(), rules.lateArrival()));
            }
        }
        attempt.start(now);
        next.start(now);
        return screenOf(attempt, sitting, ps, now, next);
    }

    /**
     * Saves one answer in its own transaction; the caller shows "saved" only after this returns.
     * @param displayIndex the option as shown to the candidate, or null to clear the answer
     */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public Instant saveAnswer(long itemId, Integer displayIndex) {
        return saveAnswer(itemId, displayIndex, null);
    }

    /**
     * Saves one answer, idempotently: when the item's latest answer came from a message with this or a later
     * sequence number ({@code clientSeq}), nothing is written and the earlier receipt is returned, so a repeated
     * or late message never overwrites a newer answer. Every accepted change is a new row (the history).
     */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public Instant saveAnswer(long itemId, Integer displayIndex, Long clientSeq) {
        long me = myAttemptId();
        // the part's lock (which orders this save against the part's closing and against other saves of the
        // paper) and everything the checks below need, read after the lock is granted: two statements
        AnswerSaveCheck check = parts.lockForSave(itemId).orElseThrow(() -> new DomainException("error.notFound"));
        if (check.attemptId() != me) {
            throw new DomainException("error.forbidden");
        }
        String ref = currentUser.require().examSession();
        if (ref != null) {
            // the session's checks from what the lock read (no statement of their own); a save after the part's
            // deadline is refused below anyway
            String problem = vn.thituyen.delivery.domain.ExamSessionRule.check(ref, check.currentSession(),
                    check.sessionStartedAt(), check.lastSeenAt(), sessionIdleTimeout, null, clock.instant());
            if (problem != null) {
                throw new DomainException(problem);
            }
        }
        requireOpen(check.sittingStatus());
        Instant now = clock.instant();
        if (!check.partOpen() || !now.isBefore(check.deadline())) {
            throw new DomainException("error.exam.partClosed");
        }
        Integer original = null;
        if (displayIndex != null) {
            int[] order = check.order();
            if (displayIndex < 0 || displayIndex >= order.length) {
                throw new DomainException("error.exam.badOption");
            }
            original = order[displayIndex];
        }
        if (check.latestIsNewerThan(clientSeq)) {
            return check.latestSavedAt();
        }
        answers.save(new Answer(itemId, me, original, now, clientSeq));
        if (Attempt.presenceDue(check.lastSeenAt(), now)) {
            attempts.markSeen(me, now);
        }
        return now;
    }

    /** The candidate hands in the running part before time is up. */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public ExamScreen submitCurrentPart() {
        Attempt attempt = myAttempt();
        Instant now = clock.instant();
        List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(attempt.getId());
        requireSession(attempt, ps, now);
        for (AttemptPart p : ps) {
            if (p.isOpen()) {
                scoring.closePart(attempt, p, now, !now.isBefore(p.getDeadline()));
            }
        }
        // no presence write here: the closing's audit entry holds the audit chain's lock until the commit
        return screenOf(attempt, sitting(attempt.getSittingId()), ps, now, null, false);
    }

    private Attempt myAttempt() {
        return attempts.findById(myAttemptId()).orElseThrow(() -> new DomainException("error.notFound"));
    }

    private long myAttemptId() {
        Long attemptId = currentUser.require().attemptId();
        if (attemptId == null) {
            throw new DomainException("error.forbidden");
        }
        return attemptId;
    }

    Attempt attempt(long id) {
        return attempts.findById(id).orElseThrow(() -> new DomainException("error.notFound"));
    }

    private static void requireOpen(Sitting.Status status) {
        if (status == Sitting.Status.PAUSED) {
            throw new DomainException("error.sitting.paused");
        }
        if (status != Sitting.Status.OPEN) {
            throw new DomainException("error.sitting.notOpen");
        }
    }

    Sitting sitting(long id) {
        return sittings.require(id);
    }

    // ---------------------------------------------------------------- reads for results and grading

    /** One candidate's round 1 part by part (for their own result page): empty when they had no paper. */
    @Transactional(readOnly = true)
    public List<Round1Part> round1Parts(long applicationId) {
        return attempts.findByApplicationId(applicationId).map(a -> parts.findByAttemptIdOrderByPartNo(a.getId())
                .stream().map(p -> new Round1Part(p.getPartNo(), p.getSubject().name(), p.isExempt(),
                        p.getCorrectCount(), p.getQuestionCount(), p.getPassed())).toList()).orElse(List.of());
    }

    public record Round1Part(int partNo, String subject, boolean exempt, Integer correct, int questions,
            Boolean passed) {
    }

    /** Round-1 outcome of every candidate of the campaign who had a paper. */
    @Transactional(readOnly = true)
    public Map<Long, Round1Outcome> round1Outcomes(long campaignId) {
        if (noComputerRound(campaignId)) {
            // a leadership exam has no computer round: every eligible candidate goes on to the written part
            Map<Long, Round1Outcome> none = new HashMap<>();
            registration.eligibleCandidates(campaignId).forEach(c -> none.put(c.applicationId(),
                    Round1Outcome.noComputerRound(c.applicationId())));
            return none;
        }
        Map<Long, Round1Outcome> out = new HashMap<>();
        for (Sitting s : sittings.findByCampaignId(campaignId)) {
            for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(s.getId())) {
                out.put(a.getApplicationId(), outcome(a));
            }
        }
        return out;
    }

    /** One candidate's round-1 outcome; empty when they had no paper. */
    @Transactional(readOnly = true)
    public Optional<Round1Outcome> round1Outcome(long applicationId) {
        vn.thituyen.registration.CandidateInfo c = registration.candidate(applicationId);
        if (noComputerRound(c.campaignId())) {
            return c.candidateNumber() == null || c.status() != vn.thituyen.registration.ApplicationStatus.ACCEPTED
                    ? Optional.empty() : Optional.of(Round1Outcome.noComputerRound(applicationId));
        }
        return attempts.findByApplicationId(applicationId).map(this::outcome);
    }

    /** Whether the campaign's rule set has no computer round (a leadership exam starts with its written part). */
    private boolean noComputerRound(long campaignId) {
        return campaigns.campaign(campaignId).ruleSet().parameters().round1().parts().isEmpty();
    }

    private Round1Outcome outcome(Attempt a) {
        List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(a.getId());
        boolean sat = a.getStartedAt() != null;
        boolean passed = sat && !a.isCancelled()
                && ps.stream().allMatch(p -> p.isExempt() || Boolean.TRUE.equals(p.getPassed()));
        int gk = ps.stream().filter(p -> p.getSubject() == RuleSet.Subject.GENERAL_KNOWLEDGE)
                .map(AttemptPart::getCorrectCount).filter(java.util.Objects::nonNull).findFirst().orElse(0);
        return new Round1Outcome(a.getApplicationId(), sat, passed, gk);
    }

    /**
     * The position's candidates who may sit round 2: eligible, and through round 1 (ND 138/2020/NĐ-CP Art. 8–9), by
     * application id.
     */
    @Transactional(readOnly = true)
    public Map<Long, CandidateInfo> round2Candidates(long campaignId, long positionId) {
        Map<Long, Round1Outcome> round1 = round1Outcomes(campaignId);
        return registration.eligibleCandidates(campaignId).stream().filter(c -> c.positionId() == positionId)
                .filter(c -> round1.containsKey(c.applicationId()) && round1.get(c.applicationId()).passed())
                .collect(java.util.stream.Collectors.toMap(CandidateInfo::applicationId,
                        java.util.function.Function.identity()));
    }
}
