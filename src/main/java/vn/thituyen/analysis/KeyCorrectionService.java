package vn.thituyen.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.audit.AuditLog;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FreeText;
import vn.thituyen.common.Messages;
import vn.thituyen.analysis.AnalysisEvents.KeyCorrectionProposed;
import vn.thituyen.analysis.AnalysisEvents.KeyCorrectionRejected;
import vn.thituyen.analysis.domain.ItemAnalysis;
import vn.thituyen.analysis.domain.KeyCorrection;
import vn.thituyen.analysis.domain.KeyCorrectionProposal;
import vn.thituyen.analysis.domain.KeyCorrectionProposalRepository;
import vn.thituyen.delivery.PartRef;
import vn.thituyen.delivery.SatPapers;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.ExamQuestions;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.AccessKind;
import vn.thituyen.questionbank.KeyedQuestion;

/**
 * Correcting a question's key after the exam (đính chính đáp án), when item analysis shows the key was wrong: the
 * question board (or the chair) proposes the new key with a reason, everybody on the board sees what it would do
 * to each candidate who got the question (score and pass, before and after), and the chair approves or rejects.
 * Approval changes the key of that question version and scores again, in the same transaction, every closed part
 * whose paper holds it; each changed part gets a part_rescore row (before/after) and the approval one audit entry.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Four eyes.</b> The chair approves, but never a correction they proposed themselves: a change of scores
 * always involves two people, the one who found the error and the one who decides (as a question version is never
 * reviewed by its own author). A chair who finds a wrong key asks the question board to propose it. Anybody on the
 * board may reject, the proposer included (a withdrawal).</li>
 * <li><b>Every campaign that used the version.</b> The key belongs to the question version, so all closed parts
 * holding it are scored again, in every campaign; if any of those campaigns has its results approved (locked), the
 * correction is refused, because those scores may no longer change and would then disagree with the key.</li>
 * <li><b>Cancelled attempts are re-scored too</b> (and shown as such): the stored score always agrees with the key;
 * the cancellation itself stands. A part a suspension or cancellation closed while it ran is not: it scores 0 by
 * decision, whatever its answers.</li>
 * <li><b>Not while the question is being answered.</b> If a part holding the question is running, approval waits
 * until it closes; parts not started yet will simply be scored with the new key when they close.</li>
 * <li>The reason of a rejection is kept in the audit log (the key_correction table has no column for it).</li>
 * </ul>
 */
@Service
public class KeyCorrectionService {

    static final int REASON_MAX = 1000;

    private final KeyCorrectionProposalRepository corrections;
    private final SatPapers papers;
    private final QuestionBankService banks;
    private final ExamQuestions examQuestions;
    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    KeyCorrectionService(KeyCorrectionProposalRepository corrections, SatPapers papers, QuestionBankService banks, ExamQuestions examQuestions,
            CampaignService campaigns, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.corrections = corrections;
        this.papers = papers;
        this.banks = banks;
        this.examQuestions = examQuestions;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A correction as listed; keys as letters ("B", "A, B"); {@code partsRescored} once approved. */
    public record CorrectionInfo(long id, long questionId, long bankId, String questionLabel, String oldKey,
            String newKey, String reason, KeyCorrectionProposal.Status status, String proposedBy, Instant proposedAt,
            String decidedBy, Instant decidedAt, long partsRescored) {
    }

    /**
     * One candidate who got the question: the chosen option (letter, empty when unanswered), the part score and the
     * pass of the part with the old key and with the new one.
     */
    public record Row(long attemptId, String campaignCode, String candidateNumber, String chosen,
            boolean correctBefore, boolean correctAfter, int scoreBefore, int scoreAfter, int questionCount,
            boolean passedBefore, boolean passedAfter, boolean cancelled) {

        public boolean changed() {
            return scoreBefore != scoreAfter;
        }

        public boolean passChanged() {
            return passedBefore != passedAfter;
        }
    }

    /** The before/after report of a correction. */
    public record Report(CorrectionInfo correction, List<Row> rows) {

        public long raised() {
            return rows.stream().filter(r -> r.scoreAfter() > r.scoreBefore()).count();
        }

        public long lowered() {
            return rows.stream().filter(r -> r.scoreAfter() < r.scoreBefore()).count();
        }

        public long nowPassing() {
            return rows.stream().filter(r -> !r.passedBefore() && r.passedAfter()).count();
        }

        public long nowFailing() {
            return rows.stream().filter(r -> r.passedBefore() && !r.passedAfter()).count();
        }
    }

    /** What an approval changed. */
    public record Approval(long correctionId, int partsRescored, int raised, int lowered, int passChanged) {
    }

    // ---------------------------------------------------------------- propose

    /**
     * Proposes {@code newKey} (original option indexes; several when more than one option must count) for a
     * question version that papers hold.
     */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public long propose(long questionId, Set<Integer> newKey, String reason) {
        FreeText.require("reason", reason, REASON_MAX);
        KeyedQuestion q = keyed(questionId);
        Set<Integer> key = checkedKey(q, newKey);
        Set<Long> holding = papers.campaignsHolding(questionId);
        if (holding.isEmpty()) {
            throw new DomainException("error.keyfix.notOnPaper");
        }
        if (corrections.existsByQuestionIdAndStatus(questionId, KeyCorrectionProposal.Status.PROPOSED)) {
            throw new DomainException("error.keyfix.pending");
        }
        holding.forEach(campaigns::requireResultsOpen);
        KeyCorrectionProposal kc = corrections.save(new KeyCorrectionProposal(questionId, q.key(), key,
                reason.strip(), currentUser.username(), clock.instant()));
        events.publishEvent(new KeyCorrectionProposed(kc.getId(), questionId, kc.getOldKey(), kc.getNewKey(),
                kc.getReason(), currentUser.username()));
        return kc.getId();
    }

    private static Set<Integer> checkedKey(KeyedQuestion q, Set<Integer> newKey) {
        if (newKey == null || newKey.isEmpty()) {
            throw new DomainException("error.keyfix.empty");
        }
        if (newKey.stream().anyMatch(i -> i == null || i < 0 || i >= q.optionCount())) {
            throw new DomainException("error.keyfix.outOfRange");
        }
        Set<Integer> key = new TreeSet<>(newKey);
        if (key.equals(new TreeSet<>(q.key()))) {
            throw new DomainException("error.keyfix.same");
        }
        return key;
    }

    // ---------------------------------------------------------------- read

    /** Every correction, newest first. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<CorrectionInfo> corrections() {
        List<KeyCorrectionProposal> all = corrections.findAllByOrderByIdDesc();
        Map<Long, KeyedQuestion> questions = examQuestions.keyedQuestions(
                all.stream().map(KeyCorrectionProposal::getQuestionId).collect(Collectors.toSet()));
        return all.stream().map(kc -> info(kc, questions.get(kc.getQuestionId()))).toList();
    }

    /**
     * The before/after report: every candidate whose closed paper holds the question, scored with the proposal's old
     * key and with its new key (every other question with its current key). Recorded as a look at the bank.
     */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public Report report(long correctionId) {
        KeyCorrectionProposal kc = corrections.findById(correctionId)
                .orElseThrow(() -> new DomainException("error.notFound"));
        KeyedQuestion q = keyed(kc.getQuestionId());
        banks.recordAccess(q.bankId(), AccessKind.ITEM_ANALYSIS, "key correction #" + correctionId);
        List<PartRef> closed = papers.closedScoredHolding(kc.getQuestionId());
        Map<Long, List<ItemAnalysis.Item>> paperItems = ItemAnalysisService.asItems(papers.itemsOf(closed));
        Map<Long, KeyedQuestion> keyed = examQuestions.keyedQuestions(questionIds(paperItems));
        Map<Long, PartRef> byAttempt = new HashMap<>();
        closed.forEach(p -> byAttempt.put(p.attemptId(), p));
        Map<Long, CampaignInfo> campaignById = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        // papers of different lengths (campaigns under different rule sets) are analysed separately
        Map<Integer, List<PartRef>> byLength = closed.stream().collect(Collectors.groupingBy(PartRef::questionCount));
        for (var group : byLength.entrySet()) {
            List<ItemAnalysis.Paper> candidates = group.getValue().stream()
                    .map(p -> new ItemAnalysis.Paper(p.attemptId(), p.candidateNumber(),
                            paperItems.getOrDefault(p.partId(), List.of())))
                    .toList();
            ItemAnalysis.Input input = new ItemAnalysis.Input(group.getKey(), candidates,
                    ItemAnalysisService.keys(keyed));
            KeyCorrection.Outcome outcome = KeyCorrection.compute(input, kc.getQuestionId(), kc.oldKeySet(),
                    kc.newKeySet());
            for (KeyCorrection.CandidateChange c : outcome.candidates()) {
                PartRef p = byAttempt.get(c.attemptId());
                CampaignInfo campaign = campaignById.computeIfAbsent(p.campaignId(), campaigns::campaign);
                rows.add(new Row(c.attemptId(), campaign.code(), c.candidateNumber(),
                        c.chosen() == null ? "" : ItemAnalysis.letter(c.chosen()), c.correctBefore(),
                        c.correctAfter(), c.scoreBefore(), c.scoreAfter(), p.questionCount(),
                        campaign.ruleSet().partPassed(c.scoreBefore(), p.questionCount()),
                        campaign.ruleSet().partPassed(c.scoreAfter(), p.questionCount()), p.cancelled()));
            }
        }
        rows.sort(Comparator.comparing(Row::campaignCode).thenComparing(Row::candidateNumber)
                .thenComparingLong(Row::attemptId));
        return new Report(info(kc, q), rows);
    }

    /** The before/after report as a PDF to sign (Vietnamese or English). Recorded as an export of the bank. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public ReportFile reportPdf(long correctionId, Locale locale) {
        Report report = report(correctionId);
        banks.recordAccess(report.correction().bankId(), AccessKind.EXPORT, "pdf key correction #" + correctionId);
        return new ReportFile(fileName(correctionId), ReportFile.PDF,
                KeyCorrectionPdf.render(report, ItemAnalysisService.translator(locale), clock,
                        Messages.get(locale, "pdf.auditCheckpoint", audit.checkpoint().text())));
    }

    public static String fileName(long correctionId) {
        return "dinh-chinh-dap-an-" + correctionId + ".pdf";
    }

    // ---------------------------------------------------------------- decide

    /**
     * The chair approves: in one transaction the key of the question version changes, every closed part holding it
     * is scored again exactly as when it closed, each part whose score or pass changed gets a part_rescore row, and
     * one audit entry records it all.
     */
    @Secured("ROLE_CHAIR")
    @Transactional
    public Approval approve(long correctionId) {
        KeyCorrectionProposal kc = corrections.lockById(correctionId)
                .orElseThrow(() -> new DomainException("error.notFound"));
        if (kc.getStatus() != KeyCorrectionProposal.Status.PROPOSED) {
            throw new DomainException("error.keyfix.decided");
        }
        String actor = currentUser.username();
        if (actor.equals(kc.getProposedBy())) {
            throw new DomainException("error.keyfix.ownProposal");
        }
        long questionId = kc.getQuestionId();
        KeyedQuestion q = keyed(questionId);
        if (!new TreeSet<>(q.key()).equals(kc.oldKeySet())) {
            throw new DomainException("error.keyfix.stale", kc.getOldKey(), KeyCorrectionProposal.letters(q.key()));
        }
        Set<Integer> newKey = kc.newKeySet();
        checkedKey(q, newKey);
        // every part holding the question is locked: one closing now waits for this transaction and then reads the
        // new key, and none can close in between with the old one
        papers.lockHolding(questionId).forEach(campaigns::requireResultsOpen);
        // the key changes; module delivery scores the papers again in this transaction and records it (KeyCorrected)
        examQuestions.correctKey(questionId, newKey, correctionId);
        kc.approve(actor, clock.instant());
        SatPapers.Rescored r = papers.rescored(correctionId);
        return new Approval(correctionId, r.parts(), r.raised(), r.lowered(), r.passChanged());
    }

    /** The chair (or the proposer, withdrawing it) rejects a proposal, with a reason kept in the audit log. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public void reject(long correctionId, String reason) {
        FreeText.require("reason", reason, REASON_MAX);
        KeyCorrectionProposal kc = corrections.lockById(correctionId)
                .orElseThrow(() -> new DomainException("error.notFound"));
        String actor = currentUser.username();
        if (!currentUser.hasRole(vn.thituyen.identity.Role.CHAIR) && !actor.equals(kc.getProposedBy())) {
            throw new DomainException("error.keyfix.chairOnly");
        }
        kc.reject(actor, clock.instant());
        events.publishEvent(new KeyCorrectionRejected(correctionId, kc.getQuestionId(), reason.strip(), actor));
    }

    // ---------------------------------------------------------------- helpers

    private KeyedQuestion keyed(long questionId) {
        KeyedQuestion q = examQuestions.keyedQuestions(List.of(questionId)).get(questionId);
        if (q == null) {
            throw new DomainException("error.notFound");
        }
        return q;
    }

    private static Set<Long> questionIds(Map<Long, List<ItemAnalysis.Item>> paperItems) {
        Set<Long> ids = new HashSet<>();
        paperItems.values().forEach(list -> list.forEach(i -> ids.add(i.questionId())));
        return ids;
    }

    private CorrectionInfo info(KeyCorrectionProposal kc, KeyedQuestion q) {
        return new CorrectionInfo(kc.getId(), kc.getQuestionId(), q == null ? 0 : q.bankId(),
                q == null ? "#" + kc.getQuestionId() : q.label(ItemAnalysisService.LABEL_STEM), kc.getOldKey(),
                kc.getNewKey(), kc.getReason(), kc.getStatus(), kc.getProposedBy(), kc.getProposedAt(),
                kc.getDecidedBy(), kc.getDecidedAt(),
                kc.getStatus() == KeyCorrectionProposal.Status.APPROVED ? papers.partsRescored(kc.getId()) : 0);
    }
}
