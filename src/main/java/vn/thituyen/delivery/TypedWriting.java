package vn.thituyen.delivery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.Duty;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.delivery.domain.LateArrivalRule;
import vn.thituyen.delivery.domain.TypedAnswer;
import vn.thituyen.delivery.domain.TypedAnswerRepository;
import vn.thituyen.delivery.domain.TypedPaper;
import vn.thituyen.delivery.domain.TypedPaperRepository;
import vn.thituyen.delivery.domain.TypedPaperRule;
import vn.thituyen.delivery.domain.TypedQuestion;
import vn.thituyen.delivery.domain.TypedQuestionRepository;
import vn.thituyen.delivery.domain.TypedScript;
import vn.thituyen.delivery.domain.TypedScriptRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/**
 * Written parts typed on a computer (thi viết trên máy tính): the question board or the chair sets the paper, the
 * secretary opens it, each candidate through round 1 writes their answers in the browser with the same care as a
 * multiple-choice answer (every save acknowledged after its commit, idempotent, kept as history; the deadline kept
 * by the server from the moment they start; a reload or another computer resumes where they were), and the secretary
 * closes the paper once every script is in; closing hands the scripts to the anonymisation (module grading) in the
 * same transaction.
 */
@Service
public class TypedWriting {

    /** The longest answer to one question (a 180-minute paper typed fast is some 40,000 characters in all). */
    public static final int MAX_ANSWER = 60_000;

    private final TypedPaperRepository papers;
    private final TypedQuestionRepository questions;
    private final TypedScriptRepository scripts;
    private final TypedAnswerRepository answers;
    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final CampaignRules campaignRules;
    private final RegistrationService registration;
    private final DeliveryService delivery;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TypedWriting(TypedPaperRepository papers, TypedQuestionRepository questions, TypedScriptRepository scripts,
            TypedAnswerRepository answers, CampaignService campaigns, CampaignAccess access,
            CampaignRules campaignRules, RegistrationService registration, DeliveryService delivery,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.papers = papers;
        this.questions = questions;
        this.scripts = scripts;
        this.answers = answers;
        this.campaigns = campaigns;
        this.access = access;
        this.campaignRules = campaignRules;
        this.registration = registration;
        this.delivery = delivery;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the board's side

    /** A typed part of a position's round 2 and where its paper stands (status null: no paper set yet). */
    public record PaperInfo(long positionId, String positionCode, String positionName, int partNo, int minutes,
            BigDecimal maxScore, TypedPaper.Status status, int questions, int started, int handedIn,
            Instant openedAt) {
    }

    /** Every written part typed on computer in the campaign's plans, with its paper's status. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_AUTHOR"})
    @Transactional(readOnly = true)
    public List<PaperInfo> papers(long campaignId) {
        access.require(campaignId);
        List<PaperInfo> out = new ArrayList<>();
        Instant now = clock.instant();
        for (CampaignService.PositionInfo p : campaigns.positions(campaignId)) {
            for (CampaignService.Round2Part r : campaigns.round2Parts(p.id())) {
                if (r.kind() != PartKind.WRITTEN_COMPUTER) {
                    continue;
                }
                Optional<TypedPaper> paper = papers.findByPositionIdAndPartNo(p.id(), r.partNo());
                List<TypedScript> sat = paper.map(x -> scripts.findByPaperIdOrderById(x.getId())).orElse(List.of());
                out.add(new PaperInfo(p.id(), p.code(), p.name(), r.partNo(), r.minutes(), r.maxScore(),
                        paper.map(TypedPaper::getStatus).orElse(null),
                        paper.map(x -> questions.countByPaperId(x.getId())).orElse(0),
                        sat.size(), (int) sat.stream().filter(s -> !s.writing(now)).count(),
                        paper.map(TypedPaper::getOpenedAt).orElse(null)));
            }
        }
        return out;
    }

    /** A question of a paper as the board and the candidate see it. */
    public record QuestionInfo(int no, String text, BigDecimal points) {
    }

    /** The paper's questions: for the question board and the chair only (the paper is confidential). */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<QuestionInfo> questions(long positionId, int partNo) {
        access.requireDuty(campaigns.position(positionId).campaignId(), Duty.COMPOSE_PAPERS);
        return papers.findByPositionIdAndPartNo(positionId, partNo).map(p -> questionsOf(p.getId()))
                .orElse(List.of());
    }

    private List<QuestionInfo> questionsOf(long paperId) {
        return questions.findByPaperIdOrderByQuestionNo(paperId).stream()
                .map(q -> new QuestionInfo(q.getQuestionNo(), q.getBody(), q.getMaxPoints())).toList();
    }

    /** A question as the question board sets it: its text and the points it carries. */
    public record PaperQuestion(String text, BigDecimal points) {
    }

    /**
     * Sets the paper of a typed part (its questions, each with its points, adding up to the part's maximum), or sets
     * it again while it has not been opened. Errors by field, nothing stored.
     */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public void setPaper(long positionId, int partNo, List<PaperQuestion> paper) {
        long campaignId = campaigns.position(positionId).campaignId();
        access.requireDuty(campaignId, Duty.COMPOSE_PAPERS);
        CampaignService.Round2Part part = typedPart(positionId, partNo);
        Map<String, String> errors = TypedPaperRule.check(paper == null ? null : paper.stream()
                .map(q -> new TypedPaperRule.Question(q.text(), q.points())).toList(), part.maxScore());
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Instant now = clock.instant();
        TypedPaper p = papers.findByPositionIdAndPartNo(positionId, partNo).orElse(null);
        if (p == null) {
            p = papers.save(new TypedPaper(campaignId, positionId, partNo, part.minutes(), currentUser.username(),
                    now));
        } else {
            p.reset(part.minutes(), currentUser.username(), now);
            questions.deleteByPaper(p.getId());
        }
        for (int i = 0; i < paper.size(); i++) {
            questions.save(new TypedQuestion(p.getId(), i + 1, paper.get(i).text().strip(),
                    paper.get(i).points()));
        }
        events.publishEvent(new DeliveryEvents.TypedPaperSet(campaignId, positionId, partNo, paper.size(),
                currentUser.username()));
    }

    /** The secretary opens a set paper: from now on the candidates may start, each with their own deadline. */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public void open(long positionId, int partNo) {
        TypedPaper p = paper(positionId, partNo);
        access.require(p.getCampaignId());
        if (questions.countByPaperId(p.getId()) == 0) {
            throw new DomainException("error.typed.noQuestions");
        }
        p.open(currentUser.username(), clock.instant());
        events.publishEvent(new DeliveryEvents.TypedPaperOpened(p.getCampaignId(), positionId, partNo,
                currentUser.username()));
    }

    /**
     * The secretary closes the paper when no candidate is still writing: scripts whose time ran out are stamped at
     * their deadline, and the scripts go to the anonymisation board's codes in the same transaction.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public int close(long positionId, int partNo) {
        TypedPaper p = paper(positionId, partNo);
        access.require(p.getCampaignId());
        Instant now = clock.instant();
        List<TypedScript> all = scripts.findByPaperIdOrderById(p.getId());
        long writing = all.stream().filter(s -> s.writing(now)).count();
        if (writing > 0) {
            throw new DomainException("error.typed.stillWriting", writing);
        }
        p.close(currentUser.username(), now);
        for (TypedScript s : all) {
            if (s.handIn(now)) {
                events.publishEvent(new DeliveryEvents.TypedScriptHandedIn(s.getId(), s.getApplicationId(), partNo,
                        true, (int) answers.countByScriptId(s.getId()), currentUser.username()));
            }
        }
        events.publishEvent(new DeliveryEvents.TypedPaperClosed(p.getCampaignId(), positionId, partNo, all.size(),
                currentUser.username()));
        return all.size();
    }

    /**
     * The questions of a closed paper, for the markers beside the answers they mark (once closed, the paper is no
     * longer confidential; before, only the question board and the chair read it).
     */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<QuestionInfo> closedPaper(long positionId, int partNo) {
        TypedPaper p = paper(positionId, partNo);
        access.require(p.getCampaignId());
        if (p.getStatus() != TypedPaper.Status.CLOSED) {
            throw new DomainException("error.typed.state." + p.getStatus());
        }
        return questionsOf(p.getId());
    }

    /** A script handed in, as the anonymisation copies it: whose, and the answer to each question. */
    public record HandedIn(long applicationId, List<AnswerText> answers) {
    }

    public record AnswerText(int questionNo, String text) {
    }

    /**
     * The scripts of a closed paper, for the anonymisation that its closing triggers: every question of every script
     * (an unanswered question is an empty text).
     */
    @Secured("ROLE_SECRETARY")
    @Transactional(readOnly = true)
    public List<HandedIn> handedIn(long positionId, int partNo) {
        TypedPaper p = paper(positionId, partNo);
        if (p.getStatus() != TypedPaper.Status.CLOSED) {
            throw new DomainException("error.typed.state." + p.getStatus());
        }
        int count = questions.countByPaperId(p.getId());
        List<HandedIn> out = new ArrayList<>();
        for (TypedScript s : scripts.findByPaperIdOrderById(p.getId())) {
            Map<Integer, String> latest = answers.latest(s.getId()).stream()
                    .collect(Collectors.toMap(TypedAnswer::getQuestionNo, TypedAnswer::getBody));
            List<AnswerText> texts = new ArrayList<>();
            for (int no = 1; no <= count; no++) {
                texts.add(new AnswerText(no, latest.getOrDefault(no, "")));
            }
            out.add(new HandedIn(s.getApplicationId(), texts));
        }
        return out;
    }

    // ---------------------------------------------------------------- the candidate's side

    /** Where a typed paper stands for the candidate. */
    public enum PaperState { NOT_OPEN, MAY_START, WRITING, HANDED_IN, CLOSED }

    public record PaperLine(long positionId, int partNo, int minutes, BigDecimal maxScore, PaperState state,
            Instant handedInAt) {
    }

    /** The script being written: the questions with the latest saved answer of each, and the time left. */
    public record Writing(long scriptId, int partNo, Instant deadline, long remainingSeconds,
            List<AnswerLine> questions) {
    }

    public record AnswerLine(int no, String question, BigDecimal points, String answer, Instant savedAt,
            Long clientSeq) {
    }

    /** @param round2 whether the candidate sits round 2 (eligible and through round 1); no papers when not */
    public record Screen(boolean round2, List<PaperLine> papers, Writing writing) {
    }

    /** The candidate's typed papers in the campaign, and the script they are writing, if any. */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public Screen screen(long campaignId) {
        Optional<RegistrationService.MyApplication> mine = registration.myApplication(campaignId);
        if (mine.isEmpty() || !sitsRound2(mine.get())) {
            return new Screen(false, List.of(), null);
        }
        long app = mine.get().id();
        Instant now = clock.instant();
        List<PaperLine> lines = new ArrayList<>();
        Writing writing = null;
        for (CampaignService.Round2Part r : campaigns.round2Parts(mine.get().positionId())) {
            if (r.kind() != PartKind.WRITTEN_COMPUTER) {
                continue;
            }
            TypedPaper p = papers.findByPositionIdAndPartNo(r.positionId(), r.partNo()).orElse(null);
            TypedScript s = p == null ? null : scripts.findByPaperIdAndApplicationId(p.getId(), app).orElse(null);
            if (s != null && s.getHandedInAt() == null && !s.writing(now)) {
                handIn(s, r.partNo(), now);   // time ran out while away: closed at its deadline
            }
            PaperState state = stateOf(p, s, now);
            if (state == PaperState.WRITING) {
                writing = writingOf(s, r.partNo(), now);
            }
            lines.add(new PaperLine(r.positionId(), r.partNo(), r.minutes(), r.maxScore(), state,
                    s == null ? null : s.getHandedInAt()));
        }
        return new Screen(true, lines, writing);
    }

    private static PaperState stateOf(TypedPaper p, TypedScript s, Instant now) {
        if (s != null) {
            return s.writing(now) ? PaperState.WRITING : PaperState.HANDED_IN;
        }
        if (p == null || p.getStatus() == TypedPaper.Status.DRAFT) {
            return PaperState.NOT_OPEN;
        }
        return p.getStatus() == TypedPaper.Status.OPEN ? PaperState.MAY_START : PaperState.CLOSED;
    }

    private Writing writingOf(TypedScript s, int partNo, Instant now) {
        Map<Integer, TypedAnswer> latest = answers.latest(s.getId()).stream()
                .collect(Collectors.toMap(TypedAnswer::getQuestionNo, Function.identity()));
        List<AnswerLine> lines = new ArrayList<>();
        for (TypedQuestion q : questions.findByPaperIdOrderByQuestionNo(s.getPaperId())) {
            TypedAnswer a = latest.get(q.getQuestionNo());
            lines.add(new AnswerLine(q.getQuestionNo(), q.getBody(), q.getMaxPoints(), a == null ? "" : a.getBody(),
                    a == null ? null : a.getSavedAt(), a == null ? null : a.getClientSeq()));
        }
        return new Writing(s.getId(), partNo, s.getDeadline(),
                Math.max(0, Duration.between(now, s.getDeadline()).toSeconds()), lines);
    }

    /**
     * The candidate starts an open paper: the deadline is fixed now, on the server. Starting twice (two tabs, a
     * double click) changes nothing. A late start is refused beyond the rule set's limit.
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public Screen start(long campaignId, int partNo) {
        RegistrationService.MyApplication mine = registration.myApplication(campaignId)
                .orElseThrow(() -> new DomainException("error.forbidden"));
        if (!sitsRound2(mine)) {
            throw new DomainException("error.typed.notRound2");
        }
        TypedPaper p = papers.findByPositionIdAndPartNo(mine.positionId(), partNo)
                .orElseThrow(() -> new DomainException("error.typed.notOpen"));
        if (scripts.findByPaperIdAndApplicationId(p.getId(), mine.id()).isPresent()) {
            return screen(campaignId);
        }
        if (p.getStatus() != TypedPaper.Status.OPEN) {
            throw new DomainException("error.typed.notOpen");
        }
        Instant now = now();
        vn.thituyen.campaign.RuleSet.LateArrival late = campaignRules.rules(campaignId).lateArrival();
        if (!LateArrivalRule.allowed(p.getDurationMinutes(), Duration.between(p.getOpenedAt(), now), late)) {
            throw new DomainException("error.exam.late", LateArrivalRule.limitMinutes(p.getDurationMinutes(), late));
        }
        TypedScript s = scripts.save(new TypedScript(p.getId(), mine.id(), now, p.getDurationMinutes()));
        events.publishEvent(new DeliveryEvents.TypedScriptStarted(s.getId(), mine.id(), partNo, s.getDeadline(),
                currentUser.username()));
        return screen(campaignId);
    }

    /**
     * Saves the answer to one question in its own transaction; the screen shows "saved" only after this returns.
     * Idempotent: when the latest save came from a message with this or a later sequence number, or holds the same
     * text, nothing is written and the earlier receipt is returned. Every accepted change is a new row (the history).
     * @return when the answer was saved (the receipt)
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public Instant save(long scriptId, int questionNo, String text, Long clientSeq) {
        TypedScript s = scripts.lockById(scriptId).orElseThrow(() -> new DomainException("error.notFound"));
        TypedPaper p = papers.require(s.getPaperId());
        requireMine(s, p);
        Instant now = now();
        if (!s.writing(now)) {
            throw new DomainException(s.getHandedInAt() != null ? "error.typed.handedIn" : "error.typed.timeUp");
        }
        String body = text == null ? "" : text.replace("\u0000", "");
        if (body.length() > MAX_ANSWER) {
            throw new DomainException("error.typed.tooLong", MAX_ANSWER);
        }
        // a count, not the questions' texts: this runs on every save of every candidate
        if (questionNo < 1 || questionNo > questions.countByPaperId(p.getId())) {
            throw new DomainException("error.notFound");
        }
        Optional<TypedAnswer> latest = answers.findFirstByScriptIdAndQuestionNoOrderByIdDesc(scriptId, questionNo);
        if (latest.isPresent() && (latest.get().getBody().equals(body) || clientSeq != null
                && latest.get().getClientSeq() != null && latest.get().getClientSeq() >= clientSeq)) {
            return latest.get().getSavedAt();
        }
        if (latest.isEmpty() && body.isEmpty()) {
            return now;   // nothing typed yet: nothing to keep
        }
        answers.save(new TypedAnswer(scriptId, questionNo, body, clientSeq, now));
        return now;
    }

    /** The candidate hands in their script before time is up (after it, it is closed at the deadline anyway). */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public void handIn(long scriptId) {
        TypedScript s = scripts.lockById(scriptId).orElseThrow(() -> new DomainException("error.notFound"));
        TypedPaper p = papers.require(s.getPaperId());
        requireMine(s, p);
        if (s.getHandedInAt() != null) {
            return;   // twice (a double click, two tabs) changes nothing
        }
        handIn(s, p.getPartNo(), clock.instant());
    }

    private void handIn(TypedScript s, int partNo, Instant now) {
        if (s.handIn(now)) {
            events.publishEvent(new DeliveryEvents.TypedScriptHandedIn(s.getId(), s.getApplicationId(), partNo,
                    s.isByTimeout(), (int) answers.countByScriptId(s.getId()), currentUser.username()));
        }
    }

    /**
     * Whether the candidate sits round 2: on the eligible list (accepted, with a candidate number) and through round 1
     * (ND 138/2020/NĐ-CP Art. 8–9), the same as {@link DeliveryService#round2Candidates} for one application, read
     * without the whole campaign (every candidate opens this screen at the start of the paper).
     */
    private boolean sitsRound2(RegistrationService.MyApplication mine) {
        return mine.status() == vn.thituyen.registration.ApplicationStatus.ACCEPTED && mine.candidateNumber() != null
                && delivery.round1Outcome(mine.id()).map(Round1Outcome::passed).orElse(false);
    }

    /**
     * Now, to the second: what every database keeps (Connector/J drops the fraction on MariaDB), so a receipt given
     * is the receipt a repeated save returns, and a deadline shown is the deadline kept.
     */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private void requireMine(TypedScript s, TypedPaper p) {
        long mine = registration.myApplication(p.getCampaignId()).map(RegistrationService.MyApplication::id)
                .orElse(-1L);
        if (s.getApplicationId() != mine) {
            throw new DomainException("error.forbidden");
        }
    }

    private CampaignService.Round2Part typedPart(long positionId, int partNo) {
        CampaignService.Round2Part part = campaigns.round2Part(positionId, partNo)
                .orElseThrow(() -> new DomainException("error.marking.noSuchPart", partNo));
        if (part.kind() != PartKind.WRITTEN_COMPUTER) {
            throw new DomainException("error.typed.notTyped", partNo);
        }
        return part;
    }

    private TypedPaper paper(long positionId, int partNo) {
        typedPart(positionId, partNo);
        return papers.findByPositionIdAndPartNo(positionId, partNo)
                .orElseThrow(() -> new DomainException("error.typed.noPaper", partNo));
    }

    /** The seconds left of the candidate's script, for the screen's countdown poll. */
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public long remainingSeconds(long scriptId) {
        TypedScript s = scripts.findById(scriptId).orElseThrow(() -> new DomainException("error.notFound"));
        requireMine(s, papers.require(s.getPaperId()));
        return Math.max(0, Duration.between(clock.instant(), s.getDeadline()).toSeconds());
    }
}
