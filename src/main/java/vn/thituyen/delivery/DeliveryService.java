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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.DeliveryEvents.PartClosed;
import vn.thituyen.delivery.DeliveryEvents.SittingClosed;
import vn.thituyen.delivery.DeliveryEvents.SittingOpened;
import vn.thituyen.delivery.DeliveryEvents.SittingPrepared;
import vn.thituyen.delivery.ExamScreen.CurrentPart;
import vn.thituyen.delivery.ExamScreen.Item;
import vn.thituyen.delivery.ExamScreen.PartState;
import vn.thituyen.delivery.ExamScreen.PartSummary;
import vn.thituyen.delivery.analysis.ItemAnalysis;
import vn.thituyen.delivery.domain.Answer;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.Attempt;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.ExamSession;
import vn.thituyen.delivery.domain.ExamSessionRepository;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.delivery.domain.TimeExtension;
import vn.thituyen.delivery.domain.TimeExtensionRepository;
import vn.thituyen.delivery.domain.Violation;
import vn.thituyen.delivery.domain.ViolationRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.ExamTicketCheck;
import vn.thituyen.questionbank.BlueprintService;
import vn.thituyen.questionbank.BlueprintService.PaperDrawer;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.QuestionBankService.DrawnQuestion;
import vn.thituyen.questionbank.QuestionBankService.QuestionText;
import vn.thituyen.questionbank.Subject;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.registration.RegistrationService.RoomInfo;

/** Round 1 on computer: sittings, papers, answers, the server-kept clock, scoring. */
@Service
public class DeliveryService implements ExamTicketCheck {

    private static final char[] OTP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int OTP_LENGTH = 6;

    private final SittingRepository sittings;
    private final AttemptRepository attempts;
    private final AttemptPartRepository parts;
    private final PaperItemRepository items;
    private final AnswerRepository answers;
    private final TimeExtensionRepository extensions;
    private final ExamSessionRepository sessions;
    private final ViolationRepository violations;
    private final RegistrationService registration;
    private final CampaignService campaigns;
    private final QuestionBankService banks;
    private final BlueprintService blueprints;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writable;

    DeliveryService(SittingRepository sittings, AttemptRepository attempts, AttemptPartRepository parts,
            PaperItemRepository items, AnswerRepository answers, TimeExtensionRepository extensions,
            ViolationRepository violations, ExamSessionRepository sessions,
            RegistrationService registration,
            CampaignService campaigns, QuestionBankService banks, BlueprintService blueprints, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.blueprints = blueprints;
        this.sittings = sittings;
        this.attempts = attempts;
        this.parts = parts;
        this.items = items;
        this.answers = answers;
        this.extensions = extensions;
        this.sessions = sessions;
        this.violations = violations;
        this.registration = registration;
        this.campaigns = campaigns;
        this.banks = banks;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.writable = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    // ---------------------------------------------------------------- secretary / invigilator

    /**
     * Draws every candidate's paper for a room in one batch (a different random paper each, questions and
     * options shuffled) and issues each a one-time password. Refuses when a bank is under 3 × the draw.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public long prepareSitting(long roomId) {
        RoomInfo room = registration.room(roomId);
        if (sittings.findByRoomId(roomId).isPresent()) {
            throw new DomainException("error.sitting.exists");
        }
        RuleSet ruleSet = campaigns.campaign(room.campaignId()).ruleSet();
        List<CandidateInfo> candidates = registration.candidatesInRoom(roomId);
        if (candidates.isEmpty()) {
            throw new DomainException("error.sitting.empty");
        }
        Sitting sitting = sittings.save(new Sitting(room.campaignId(), roomId, currentUser.username(), clock.instant()));
        // each part's pool (and blueprint) is read once for the room, then every paper is drawn from memory
        Map<String, PaperDrawer> drawers = new HashMap<>();
        java.util.Set<Long> drawn = new java.util.HashSet<>();
        for (CandidateInfo c : candidates) {
            Attempt attempt = attempts.save(new Attempt(sitting.getId(), c.applicationId(), c.candidateNumber(),
                    newOneTimePassword()));
            for (RuleSet.Round1Part spec : ruleSet.round1Parts()) {
                boolean exempt = spec.subject() == RuleSet.Subject.FOREIGN_LANGUAGE && c.foreignLanguageExempt();
                if (exempt) {
                    parts.save(new AttemptPart(attempt.getId(), spec, null, true));
                    continue;
                }
                BankInfo bank = bankFor(spec.subject(), c);
                AttemptPart part = parts.save(new AttemptPart(attempt.getId(), spec, bank.id(), false));
                PaperDrawer drawer = drawers.computeIfAbsent(spec.number() + "/" + bank.id(),
                        k -> blueprints.drawer(room.campaignId(), spec.number(), bank.id(), spec.questionCount()));
                List<DrawnQuestion> paper = drawer.draw(random);
                paper.forEach(d -> drawn.add(d.questionId()));
                List<PaperItem> batch = new ArrayList<>(paper.size());
                for (int i = 0; i < paper.size(); i++) {
                    batch.add(new PaperItem(part.getId(), i + 1, paper.get(i).questionId(), paper.get(i).optionOrder()));
                }
                items.saveAll(batch);
            }
        }
        banks.markUsed(drawn);
        events.publishEvent(new SittingPrepared(sitting.getId(), roomId, candidates.size(), currentUser.username()));
        return sitting.getId();
    }

    private BankInfo bankFor(RuleSet.Subject subject, CandidateInfo c) {
        Optional<BankInfo> bank = subject == RuleSet.Subject.GENERAL_KNOWLEDGE
                ? banks.bankFor(Subject.GENERAL_KNOWLEDGE, null)
                : banks.bankFor(Subject.FOREIGN_LANGUAGE, c.foreignLanguage().name());
        return bank.orElseThrow(() -> new DomainException("error.bank.missing"));
    }

    private String newOneTimePassword() {
        char[] c = new char[OTP_LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = OTP_ALPHABET[random.nextInt(OTP_ALPHABET.length)];
        }
        return new String(c);
    }

    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR"})
    @Transactional
    public void openSitting(long sittingId) {
        Sitting s = sitting(sittingId);
        requireCompletePapers(s);
        s.open(clock.instant());
        events.publishEvent(new SittingOpened(sittingId, currentUser.username()));
    }

    /**
     * A sitting opens only when every candidate's paper is whole (each part holds all its questions) and each
     * bank still holds 3 × the questions drawn (TT 6/2020/TT-BNV Art. 19).
     */
    private void requireCompletePapers(Sitting s) {
        RuleSet ruleSet = campaigns.campaign(s.getCampaignId()).ruleSet();
        Map<Long, Long> poolChecked = new HashMap<>();
        for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(s.getId())) {
            List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(a.getId());
            if (ps.size() != ruleSet.round1Parts().size()) {
                throw new DomainException("error.sitting.incompletePaper", a.getCandidateNumber());
            }
            for (AttemptPart p : ps) {
                if (p.isExempt()) {
                    continue;
                }
                if (items.countByAttemptPartId(p.getId()) != p.getQuestionCount()) {
                    throw new DomainException("error.sitting.incompletePaper", a.getCandidateNumber());
                }
                long pool = poolChecked.computeIfAbsent(p.getBankId(), banks::poolSize);
                if (pool < (long) QuestionBankService.MIN_POOL_FACTOR * p.getQuestionCount()) {
                    throw new DomainException("error.bank.tooSmall", pool,
                            QuestionBankService.MIN_POOL_FACTOR * p.getQuestionCount());
                }
            }
        }
    }

    /** Closes the sitting: every part still running is closed and scored now. */
    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR"})
    @Transactional
    public void closeSitting(long sittingId) {
        Sitting s = sitting(sittingId);
        Instant now = clock.instant();
        for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(sittingId)) {
            for (AttemptPart p : parts.findByAttemptIdOrderByPartNo(a.getId())) {
                if (p.isOpen()) {
                    closePart(a, p, now, false);
                }
            }
            finishIfDone(a, now);
        }
        s.close(now);
        events.publishEvent(new SittingClosed(sittingId, currentUser.username()));
    }

    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<SittingInfo> sittings(long campaignId) {
        Map<Long, Sitting> byRoom = sittings.findByCampaignId(campaignId).stream()
                .collect(Collectors.toMap(Sitting::getRoomId, Function.identity()));
        List<SittingInfo> out = new ArrayList<>();
        for (RoomInfo room : registration.rooms(campaignId)) {
            Sitting s = byRoom.get(room.id());
            out.add(new SittingInfo(room.id(), room.name(), registration.candidatesInRoom(room.id()).size(),
                    s == null ? null : s.getId(), s == null ? null : s.getStatus()));
        }
        return out;
    }

    /** The room roster with one-time passwords and live progress (for the invigilators and the secretary). */
    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<RosterRow> roster(long sittingId) {
        sitting(sittingId);
        Instant now = clock.instant();
        List<Attempt> all = attempts.findBySittingIdOrderByCandidateNumber(sittingId);
        List<Long> ids = all.stream().map(Attempt::getId).toList();
        Map<Long, List<Violation>> violationsByAttempt = ids.isEmpty() ? Map.of()
                : violations.findByAttemptIdInOrderByRecordedAt(ids).stream()
                        .collect(Collectors.groupingBy(Violation::getAttemptId));
        List<RosterRow> rows = new ArrayList<>();
        for (Attempt a : all) {
            CandidateInfo c = registration.candidate(a.getApplicationId());
            long answered = answers.latestForAttempt(a.getId()).stream().filter(x -> x.getChosenIdx() != null).count();
            List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(a.getId());
            int extra = extensions.findByAttemptPartIdIn(ps.stream().map(AttemptPart::getId).toList()).stream()
                    .mapToInt(TimeExtension::getMinutes).sum();
            boolean connected = a.getLastSeenAt() != null && a.getLastSeenAt().plusSeconds(90).isAfter(now)
                    && a.getStatus() == Attempt.Status.IN_PROGRESS;
            String sanctions = violationsByAttempt.getOrDefault(a.getId(), List.of()).stream()
                    .map(v -> v.getSanction().name()).collect(Collectors.joining(","));
            rows.add(new RosterRow(a.getId(), a.getCandidateNumber(), c.fullName(), c.dateOfBirth(),
                    a.getOneTimePassword(), a.getStatus().name(), answered, a.getCheckedInAt() != null, connected,
                    extra, sanctions, a.isCancelled()));
        }
        return rows;
    }

    // ---------------------------------------------------------------- sign-in at the room

    @Override
    @Transactional(readOnly = true)
    public Optional<Examinee> check(String candidateNumber, String oneTimePassword) {
        for (Attempt a : attempts.findByCandidateNumber(candidateNumber.toUpperCase())) {
            boolean open = sittings.findById(a.getSittingId()).map(s -> s.getStatus() == Sitting.Status.OPEN
                    || s.getStatus() == Sitting.Status.PAUSED).orElse(false);
            boolean match = MessageDigest.isEqual(a.getOneTimePassword().getBytes(StandardCharsets.UTF_8),
                    oneTimePassword.toUpperCase().getBytes(StandardCharsets.UTF_8));
            if (open && match) {
                return Optional.of(new Examinee(a.getId(), a.getCandidateNumber(),
                        registration.candidate(a.getApplicationId()).fullName()));
            }
        }
        return Optional.empty();
    }

    /**
     * Opens a session for an exam client with the room's candidate number + one-time password; the token is
     * returned once and stored only as a hash. Works while the sitting is open, on any node, across restarts.
     */
    @Transactional
    public Optional<String> openClientSession(String candidateNumber, String oneTimePassword) {
        if (candidateNumber == null || oneTimePassword == null || candidateNumber.length() > 20
                || oneTimePassword.length() > 20) {
            return Optional.empty();
        }
        return check(candidateNumber.trim(), oneTimePassword.trim()).map(e -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = java.util.HexFormat.of().formatHex(bytes);
            sessions.save(new ExamSession(token, e.attemptId(), clock.instant()));
            return token;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Examinee> checkToken(String token) {
        if (token == null || token.length() != 64) {
            return Optional.empty();
        }
        return sessions.findByTokenHash(ExamSession.hash(token)).flatMap(s -> attempts.findById(s.getAttemptId()))
                .filter(a -> sittings.findById(a.getSittingId()).map(x -> x.getStatus() == Sitting.Status.OPEN
                        || x.getStatus() == Sitting.Status.PAUSED).orElse(false))
                .map(a -> new Examinee(a.getId(), a.getCandidateNumber(),
                        registration.candidate(a.getApplicationId()).fullName()));
    }

    // ---------------------------------------------------------------- the candidate's screen

    /** The signed-in examinee's screen. Parts whose time ran out are closed first (stamped at their deadline). */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public ExamScreen screen() {
        Attempt attempt = myAttempt();
        Instant now = clock.instant();
        attempt.seen(now);
        List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(attempt.getId());
        boolean paused = sitting(attempt.getSittingId()).getStatus() == Sitting.Status.PAUSED;
        for (AttemptPart p : ps) {
            if (p.isOpen() && !paused && !now.isBefore(p.getDeadline())) {
                closePart(attempt, p, now, true);
            }
        }
        finishIfDone(attempt, now);
        CandidateInfo c = registration.candidate(attempt.getApplicationId());
        String position = campaigns.position(c.positionId()).name();
        boolean open = !paused && sitting(attempt.getSittingId()).getStatus() == Sitting.Status.OPEN;
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
                current = open ? currentPart(attempt, p, now)
                        : new CurrentPart(p.getPartNo(), p.getSubject(), p.getDeadline(),
                                Math.max(0, Duration.between(now, p.getDeadline()).toSeconds()), List.of());
            }
        }
        return new ExamScreen(attempt.getCandidateNumber(), c.fullName(), position, open, paused,
                attempt.getStatus() == Attempt.Status.SUBMITTED, summaries, current);
    }

    private CurrentPart currentPart(Attempt attempt, AttemptPart p, Instant now) {
        List<PaperItem> paper = items.findByAttemptPartIdOrderBySeq(p.getId());
        Map<Long, QuestionText> texts = banks.questionTexts(paper.stream().map(PaperItem::getQuestionId).toList());
        Map<Long, Integer> chosen = latestChoices(attempt.getId());
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
                    original == null ? null : it.displayIndex(original)));
        }
        long remaining = Math.max(0, Duration.between(now, p.getDeadline()).toSeconds());
        return new CurrentPart(p.getPartNo(), p.getSubject(), p.getDeadline(), remaining, shown);
    }

    /** Starts the next part that is neither exempt nor done; its deadline is fixed now, on the server. */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public void startNextPart() {
        Attempt attempt = myAttempt();
        requireOpen(attempt);
        List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(attempt.getId());
        if (ps.stream().anyMatch(AttemptPart::isOpen)) {
            return; // already running: starting twice (two tabs, a double click) changes nothing
        }
        AttemptPart next = ps.stream().filter(p -> !p.isExempt() && p.getStartedAt() == null).findFirst()
                .orElseThrow(() -> new DomainException("error.exam.nothingToStart"));
        Instant now = clock.instant();
        if (attempt.getStartedAt() == null && attempt.getLatePermittedBy() == null) {
            // TT 6/2020/TT-BNV: a candidate more than 30 minutes late may not sit, unless the chair decides
            Sitting sitting = sitting(attempt.getSittingId());
            int limit = campaigns.campaign(sitting.getCampaignId()).ruleSet().lateArrivalMinutes();
            if (now.isAfter(sitting.getOpenedAt().plus(Duration.ofMinutes(limit)))) {
                throw new DomainException("error.exam.late", limit);
            }
        }
        attempt.start(now);
        next.start(now);
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
        Attempt attempt = myAttempt();
        requireOpen(attempt);
        PaperItem item = items.findById(itemId).orElseThrow(() -> new DomainException("error.notFound"));
        // the part's lock orders this save against the part's closing and against other saves of the paper
        AttemptPart part = parts.lockById(item.getAttemptPartId()).orElseThrow();
        if (!part.getAttemptId().equals(attempt.getId())) {
            throw new DomainException("error.forbidden");
        }
        Instant now = clock.instant();
        if (!part.isOpen() || !now.isBefore(part.getDeadline()) || parts.closedAtInDatabase(part.getId()) != null) {
            throw new DomainException("error.exam.partClosed");
        }
        Integer original = null;
        if (displayIndex != null) {
            int[] order = item.order();
            if (displayIndex < 0 || displayIndex >= order.length) {
                throw new DomainException("error.exam.badOption");
            }
            original = order[displayIndex];
        }
        Optional<Answer> latest = answers.findTopByPaperItemIdOrderByIdDesc(itemId);
        if (latest.isPresent() && latest.get().isNewerThan(clientSeq)) {
            return latest.get().getSavedAt();
        }
        answers.save(new Answer(itemId, attempt.getId(), original, now, clientSeq));
        attempt.seen(now);
        return now;
    }

    /** The candidate hands in the running part before time is up. */
    @Secured("ROLE_EXAMINEE")
    @Transactional
    public void submitCurrentPart() {
        Attempt attempt = myAttempt();
        Instant now = clock.instant();
        for (AttemptPart p : parts.findByAttemptIdOrderByPartNo(attempt.getId())) {
            if (p.isOpen()) {
                closePart(attempt, p, now, !now.isBefore(p.getDeadline()));
            }
        }
        finishIfDone(attempt, now);
    }

    /**
     * Closes parts whose deadline passed even if no browser is there any more. Each part closes in its own
     * transaction under the part's lock, so several nodes sweeping at once close each part exactly once.
     */
    public int closeExpiredParts() {
        List<Long> expired = readOnly.execute(tx -> parts.findExpiredIds(clock.instant()));
        int closed = 0;
        for (Long id : expired) {
            Boolean done = writable.execute(tx -> {
                AttemptPart p = parts.lockById(id).orElseThrow();
                if (p.isClosed()) {
                    return false;   // another node (or the candidate) was first
                }
                Attempt a = attempts.findById(p.getAttemptId()).orElseThrow();
                if (sitting(a.getSittingId()).getStatus() == Sitting.Status.PAUSED) {
                    return false;   // the time is given back on resume
                }
                Instant now = clock.instant();
                closePart(a, p, now, true);
                finishIfDone(a, now);
                return true;
            });
            closed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return closed;
    }

    private void closePart(Attempt attempt, AttemptPart unlocked, Instant now, boolean byTimeout) {
        AttemptPart p = parts.lockById(unlocked.getId()).orElseThrow();
        if (p.isClosed() || parts.closedAtInDatabase(p.getId()) != null) {
            return;   // closed meanwhile by another transaction (a node's sweeper, the candidate, the invigilator)
        }
        List<PaperItem> paper = items.findByAttemptPartIdOrderBySeq(p.getId());
        Map<Long, java.util.Set<Integer>> keys = banks.answerKeys(paper.stream().map(PaperItem::getQuestionId).toList());
        Map<Long, Integer> chosen = latestChoices(attempt.getId());
        int correct = correctCount(paper.stream()
                .map(it -> new ItemAnalysis.Item(it.getQuestionId(), chosen.get(it.getId()))).toList(), keys);
        RuleSet ruleSet = campaigns.campaign(sitting(attempt.getSittingId()).getCampaignId()).ruleSet();
        boolean passed = ruleSet.partPassed(correct, p.getQuestionCount());
        p.close(now, correct, passed);
        events.publishEvent(new PartClosed(attempt.getId(), p.getPartNo(), correct, p.getQuestionCount(), passed,
                byTimeout));
    }

    /**
     * A part's score: the items answered with an option in their question's key. The one rule, used when a part
     * closes and when a key correction scores it again.
     */
    static int correctCount(List<ItemAnalysis.Item> paper, Map<Long, java.util.Set<Integer>> keys) {
        int correct = 0;
        for (ItemAnalysis.Item it : paper) {
            Integer c = it.chosen();
            if (c != null && keys.get(it.questionId()).contains(c)) {
                correct++;
            }
        }
        return correct;
    }

    void finishIfDone(Attempt attempt, Instant now) {
        List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(attempt.getId());
        if (attempt.getStatus() == Attempt.Status.IN_PROGRESS
                && ps.stream().allMatch(p -> p.isExempt() || p.isClosed())) {
            attempt.finish(ps.stream().map(AttemptPart::getClosedAt).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(now));
        }
    }

    private Map<Long, Integer> latestChoices(long attemptId) {
        Map<Long, Integer> out = new HashMap<>();
        for (Answer a : answers.latestForAttempt(attemptId)) {
            if (a.getChosenIdx() != null) {
                out.put(a.getPaperItemId(), a.getChosenIdx());
            }
        }
        return out;
    }

    private Attempt myAttempt() {
        Long attemptId = currentUser.require().attemptId();
        if (attemptId == null) {
            throw new DomainException("error.forbidden");
        }
        return attempts.findById(attemptId).orElseThrow(() -> new DomainException("error.notFound"));
    }

    Attempt attempt(long id) {
        return attempts.findById(id).orElseThrow(() -> new DomainException("error.notFound"));
    }

    private void requireOpen(Attempt attempt) {
        Sitting.Status status = sitting(attempt.getSittingId()).getStatus();
        if (status == Sitting.Status.PAUSED) {
            throw new DomainException("error.sitting.paused");
        }
        if (status != Sitting.Status.OPEN) {
            throw new DomainException("error.sitting.notOpen");
        }
    }

    Sitting sitting(long id) {
        return sittings.findById(id).orElseThrow(() -> new DomainException("error.notFound"));
    }

    // ---------------------------------------------------------------- reads for results and grading

    /** Round-1 outcome of every candidate of the campaign who had a paper. */
    @Transactional(readOnly = true)
    public Map<Long, Round1Outcome> round1Outcomes(long campaignId) {
        Map<Long, Round1Outcome> out = new HashMap<>();
        for (Sitting s : sittings.findByCampaignId(campaignId)) {
            for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(s.getId())) {
                List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(a.getId());
                boolean sat = a.getStartedAt() != null;
                boolean passed = sat && !a.isCancelled()
                        && ps.stream().allMatch(p -> p.isExempt() || Boolean.TRUE.equals(p.getPassed()));
                int gk = ps.stream().filter(p -> p.getSubject() == RuleSet.Subject.GENERAL_KNOWLEDGE)
                        .map(AttemptPart::getCorrectCount).filter(java.util.Objects::nonNull).findFirst().orElse(0);
                out.put(a.getApplicationId(), new Round1Outcome(a.getApplicationId(), sat, passed, gk));
            }
        }
        return out;
    }

    public record SittingInfo(long roomId, String roomName, int candidates, Long sittingId, Sitting.Status status) {
    }

    public record RosterRow(long attemptId, String candidateNumber, String fullName, java.time.LocalDate dateOfBirth,
            String oneTimePassword, String status, long answered, boolean checkedIn, boolean connected,
            int extraMinutes, String sanctions, boolean cancelled) {
    }
}
