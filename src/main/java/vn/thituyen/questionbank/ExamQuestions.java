package vn.thituyen.questionbank;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.domain.PoolRule;
import vn.thituyen.questionbank.domain.Question;
import vn.thituyen.questionbank.domain.QuestionEvent.Action;
import vn.thituyen.questionbank.domain.QuestionMedia;
import vn.thituyen.questionbank.domain.QuestionOption;
import vn.thituyen.questionbank.domain.QuestionRepository;
import vn.thituyen.questionbank.format.SafeHtml;

/**
 * What the exam needs of the banks (paper generation's side of them): pool sizes, texts without keys for the
 * candidate's screen (cached), keys for scoring on the server, marking drawn versions used, purging texts after a
 * sealed export, and the chair's key corrections with the versions item analysis reads.
 */
@Service
public class ExamQuestions {

    /**
     * Refuses a paper of {@code drawn} questions from a pool of {@code pool} approved ones when the pool is under
     * 3 × the draw ({@link PoolRule}, TT 6/2020/TT-BNV Art. 19): for the module that counted the pool once and
     * checks it for every paper.
     */
    public static void requireDrawable(long pool, int drawn) {
        if (!PoolRule.covers(pool, drawn)) {
            throw new DomainException("error.bank.tooSmall", pool, PoolRule.required(drawn));
        }
    }

    private final QuestionBankService catalogue;
    private final QuestionRepository questions;
    private final QuestionLog log;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    /**
     * Question texts by id. A version's text never changes under its id while papers use it (a purge replaces it
     * and clears this), so every exam screen can be served from memory instead of 60 questions per request.
     */
    private final Map<Long, QuestionText> texts = new ConcurrentHashMap<>();

    ExamQuestions(QuestionBankService catalogue, QuestionRepository questions, QuestionLog log,
            ApplicationEventPublisher events, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.questions = questions;
        this.log = log;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** A draft changed in place: its cached text goes. */
    void evict(long questionId) {
        texts.remove(questionId);
    }

    /** How many questions a paper can be drawn from (approved, single-choice, not purged). */
    @Transactional(readOnly = true)
    public long poolSize(long bankId) {
        return questions.countDrawable(bankId);
    }

    /** Marks versions as drawn by a paper: from now on an edit makes a new version. */
    @Transactional
    public void markUsed(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            questions.markUsed(ids);
        }
    }

    /** Stems and options of the given questions, without keys: what a candidate's screen may receive. */
    @Transactional(readOnly = true)
    public Map<Long, QuestionText> questionTexts(Collection<Long> ids) {
        Map<Long, QuestionText> out = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            QuestionText t = texts.get(id);
            if (t != null) {
                out.put(id, t);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            for (Question q : questions.findWithOptions(missing)) {
                QuestionText t = textOf(q);
                out.put(q.getId(), t);
                texts.put(q.getId(), t);
            }
        }
        return out;
    }

    /** The question as a screen shows it; images become inline data so the page needs nothing else. */
    static QuestionText textOf(Question q) {
        boolean html = q.getFormat() == TextFormat.HTML;
        List<String> options = q.getOptions().stream().map(QuestionOption::getText).toList();
        if (!html) {
            return new QuestionText(q.getId(), q.getStem(), options, false);
        }
        Map<String, String> inline = new HashMap<>();
        for (QuestionMedia m : q.getMedia()) {
            inline.put(m.getName(), "data:" + m.getMimeType() + ";base64,"
                    + Base64.getEncoder().encodeToString(m.getData()));
        }
        return new QuestionText(q.getId(), inlineImages(q.getStem(), inline),
                options.stream().map(o -> inlineImages(o, inline)).toList(), true);
    }

    private static String inlineImages(String html, Map<String, String> inline) {
        String out = html;
        for (Map.Entry<String, String> e : inline.entrySet()) {
            out = out.replace(SafeHtml.PLUGINFILE + e.getKey(), e.getValue())
                    .replace(SafeHtml.PLUGINFILE + java.net.URLEncoder.encode(e.getKey(),
                            java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), e.getValue());
        }
        return out;
    }

    /** Removes these questions' texts from the server after a verified sealed export (TT 6/2020 Art. 20). */
    @Transactional
    public int purge(Collection<Long> ids, String placeholder) {
        List<Question> found = questions.findWithOptions(ids);
        found.forEach(q -> q.purge(placeholder));
        List<Long> purgedIds = found.stream().map(Question::getId).toList();
        purgedIds.forEach(texts::remove);
        // and again once committed, in case a reader cached the old text in between
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    purgedIds.forEach(texts::remove);
                }
            });
        }
        return found.size();
    }

    /**
     * The options that score per question (original indexes; more than one only after a key correction that
     * accepts several), for scoring on the server. Never sent to a browser.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<Integer>> answerKeys(Collection<Long> ids) {
        Map<Long, Set<Integer>> out = new HashMap<>();
        for (Question q : questions.findWithOptions(ids)) {
            out.put(q.getId(), q.correctSet());
        }
        return out;
    }

    // ---------------------------------------------------------------- item analysis and key corrections

    /**
     * What item analysis and key corrections need of drawn versions: bank, version, the options as text, the key
     * and the stem as text. Keys included, so for the board only; the caller records the look at the bank.
     */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public Map<Long, KeyedQuestion> keyedQuestions(Collection<Long> ids) {
        Map<Long, KeyedQuestion> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Question q : questions.findWithOptions(new HashSet<>(ids))) {
            boolean html = q.getFormat() == TextFormat.HTML;
            List<String> options = q.getOptions().stream()
                    .map(o -> html ? SafeHtml.text(o.getText()) : o.getText()).toList();
            out.put(q.getId(), new KeyedQuestion(q.getId(), q.getBankId(),
                    q.getFamilyId() == null ? q.getId() : q.getFamilyId(), q.getVersion(), options,
                    Set.copyOf(q.correctSet()), html ? SafeHtml.text(q.getStem()) : q.getStem(), q.isPurged()));
        }
        return out;
    }

    /**
     * A key correction the chair approved (đính chính đáp án): the options that score on this version become
     * {@code newKey}. The one change ever made to a version papers have drawn, so it is logged on its own
     * ({@code KEY_CORRECTED}, with the correction's number); the papers holding it are scored again by the
     * listeners of {@link KeyChanged}, in the same transaction. Texts are not cached with keys, so nothing is evicted.
     */
    @Secured("ROLE_CHAIR")
    @Transactional
    public void correctKey(long questionId, Set<Integer> newKey, long correctionId) {
        Question q = catalogue.questionEntity(questionId);
        if (newKey == null || newKey.isEmpty()
                || newKey.stream().anyMatch(i -> i == null || i < 0 || i >= q.getOptions().size())) {
            throw new DomainException("error.keyfix.outOfRange");
        }
        Set<Integer> oldKey = new java.util.TreeSet<>(q.correctSet());
        String before = QuestionContent.letters(oldKey);
        q.correctKey(newKey);
        log.record(q, Action.KEY_CORRECTED, currentUser.username(),
                before + " → " + QuestionContent.letters(newKey) + " (#" + correctionId + ")");
        // the papers holding the question are scored again now, in this transaction (module delivery listens)
        events.publishEvent(new KeyChanged(questionId, correctionId, oldKey, newKey));
    }
}
