package vn.thituyen.questionbank;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.domain.Question;
import vn.thituyen.questionbank.domain.QuestionBank;
import vn.thituyen.questionbank.domain.QuestionBankRepository;
import vn.thituyen.questionbank.domain.QuestionEvent;
import vn.thituyen.questionbank.domain.QuestionEvent.Action;
import vn.thituyen.questionbank.domain.QuestionEventRepository;
import vn.thituyen.questionbank.domain.QuestionMedia;
import vn.thituyen.questionbank.domain.QuestionOption;
import vn.thituyen.questionbank.domain.QuestionRepository;
import vn.thituyen.questionbank.domain.Topic;
import vn.thituyen.questionbank.domain.TopicRepository;
import vn.thituyen.questionbank.format.SafeHtml;

/**
 * Question banks (ngân hàng câu hỏi): topics, questions and their versions, the review workflow, and what the
 * exam needs from them (pools, texts without keys, keys for server-side scoring). Only the question board
 * (AUTHOR) and the chair see questions and keys, and every look at a bank's questions is recorded.
 */
@Service
public class QuestionBankService {

    /**
     * Refuses a paper of {@code drawn} questions from a pool of {@code pool} approved ones when the pool is under
     * 3 × the draw ({@link vn.thituyen.questionbank.domain.PoolRule}, TT 6/2020/TT-BNV Art. 19): for the module that
     * counted the pool once and checks it for every paper.
     */
    public static void requireDrawable(long pool, int drawn) {
        if (!vn.thituyen.questionbank.domain.PoolRule.covers(pool, drawn)) {
            throw new DomainException("error.bank.tooSmall", pool, vn.thituyen.questionbank.domain.PoolRule.required(drawn));
        }
    }

    private final QuestionBankRepository banks;
    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final QuestionEventRepository history;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    /**
     * Question texts by id. A version's text never changes under its id while papers use it (a purge replaces it
     * and clears this), so every exam screen can be served from memory instead of 60 questions per request.
     */
    private final Map<Long, QuestionText> texts = new ConcurrentHashMap<>();

    QuestionBankService(QuestionBankRepository banks, QuestionRepository questions, TopicRepository topics,
            QuestionEventRepository history, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.banks = banks;
        this.questions = questions;
        this.topics = topics;
        this.history = history;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- banks and topics

    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public BankInfo createBank(String code, String name, Subject subject, String language, String positionCode) {
        Map<String, String> errors = new HashMap<>();
        if (code == null || !code.strip().matches("[A-Za-z0-9_.-]{1,50}")) {
            errors.put("code", "banks.error.code");
        }
        FreeText.check(errors, "name", name, 200);
        if (subject == null) {
            errors.put("subject", "validation.required");
        } else if (subject == Subject.FOREIGN_LANGUAGE && (language == null || language.isBlank())) {
            errors.put("language", "validation.required");
        } else if (subject == Subject.PROFESSIONAL && (positionCode == null || positionCode.isBlank())) {
            errors.put("positionCode", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        if (banks.findByCode(code.strip()).isPresent()) {
            throw new DomainException("error.bank.exists", code.strip());
        }
        QuestionBank bank = banks.save(new QuestionBank(code.strip(), name.strip(), subject,
                subject == Subject.FOREIGN_LANGUAGE ? language.strip() : null,
                subject == Subject.PROFESSIONAL ? positionCode.strip() : null));
        events.publishEvent(new BankCreated(bank.getId(), bank.getCode(), subject, currentUser.username()));
        return info(bank);
    }

    /** The banks and how many questions each holds: no question content, so staff who plan sittings see it too. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR", "ROLE_ADMIN", "ROLE_SECRETARY"})
    @Transactional(readOnly = true)
    public List<BankInfo> banks() {
        return banks.findAll().stream().map(this::info).toList();
    }

    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR", "ROLE_ADMIN", "ROLE_SECRETARY"})
    @Transactional(readOnly = true)
    public BankInfo bank(long bankId) {
        return info(bankEntity(bankId));
    }

    /** The bank for a subject (and language, for foreign-language parts). */
    @Transactional(readOnly = true)
    public Optional<BankInfo> bankFor(Subject subject, String language) {
        return banks.findAll().stream()
                .filter(b -> b.getSubject() == subject
                        && (language == null || language.equalsIgnoreCase(b.getLanguage())))
                .findFirst().map(this::info);
    }

    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR", "ROLE_SECRETARY"})
    @Transactional(readOnly = true)
    public List<TopicInfo> topics(long bankId) {
        bankEntity(bankId);
        return topics.findByBankIdOrderByPath(bankId).stream().map(QuestionBankService::topicInfo).toList();
    }

    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public TopicInfo createTopic(long bankId, Long parentId, String name) {
        bankEntity(bankId);
        FreeText.require("name", name, 200);
        if (name.contains("/")) {
            throw new FieldErrors(Map.of("name", "topics.error.slash"));
        }
        Topic parent = parentId == null ? null : topicIn(bankId, parentId);
        Topic created = topicByPath(bankId, parent == null ? List.of(name.strip())
                : pathOf(parent, name.strip()));
        return topicInfo(created);
    }

    private List<String> pathOf(Topic parent, String name) {
        List<String> path = new ArrayList<>(List.of(parent.getPath().split(java.util.regex.Pattern.quote(Topic.SEPARATOR))));
        path.add(name);
        return path;
    }

    /** The topic with this path, creating the missing levels (imports bring their categories this way). */
    Topic topicByPath(long bankId, List<String> path) {
        Topic current = null;
        for (String rawName : path) {
            String name = rawName.strip().replace("/", "-");
            if (name.isEmpty()) {
                continue;
            }
            String full = current == null ? name : current.getPath() + Topic.SEPARATOR + name;
            Optional<Topic> found = topics.findByBankIdAndPath(bankId, full);
            current = found.isPresent() ? found.get() : topics.save(new Topic(bankId, current, name));
        }
        return current;
    }

    private Topic topicIn(long bankId, long topicId) {
        Topic t = topics.findById(topicId).orElseThrow(() -> new DomainException("error.notFound"));
        if (!t.getBankId().equals(bankId)) {
            throw new DomainException("error.notFound");
        }
        return t;
    }

    // ---------------------------------------------------------------- questions: reading (logged)

    /** The newest version of each question of a bank, for the board's list. Recorded as a look at the bank. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public List<QuestionRow> questions(long bankId) {
        QuestionBank bank = bankEntity(bankId);
        Map<Long, String> paths = topicPaths(bankId);
        List<QuestionRow> rows = questions.latestVersions(bankId).stream().map(q -> row(q, paths)).toList();
        accessed(bank, AccessKind.LIST, rows.size() + "");
        return rows;
    }

    /** What the board's list shows: a topic (with its subtopics), a status, a difficulty, a text; null = any. */
    public record QuestionFilter(Long topicId, QuestionStatus status, Difficulty difficulty, String search) {
        public static final QuestionFilter NONE = new QuestionFilter(null, null, null, null);
    }

    /**
     * One page of the newest versions that pass the filter, from the database (a bank holds thousands of questions).
     * Each page read is recorded as a look at the bank.
     */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public List<QuestionRow> questions(long bankId, QuestionFilter filter, int page, int pageSize) {
        QuestionBank bank = bankEntity(bankId);
        Map<Long, String> paths = topicPaths(bankId);
        Filter f = new Filter(filter, paths);
        List<QuestionRow> rows = questions.latestVersions(bankId, f.anyTopic, f.topics, filter.status(),
                filter.difficulty(), f.search, f.plain, org.springframework.data.domain.PageRequest.of(page, pageSize))
                .stream().map(q -> row(q, paths)).toList();
        accessed(bank, AccessKind.LIST, "page " + page + " × " + pageSize + ": " + rows.size());
        return rows;
    }

    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public long countQuestions(long bankId, QuestionFilter filter) {
        Filter f = new Filter(filter, topicPaths(bankId));
        return questions.countLatestVersions(bankId, f.anyTopic, f.topics, filter.status(), filter.difficulty(),
                f.search, f.plain);
    }

    /** How many questions (newest versions) each topic holds, its subtopics included. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public Map<Long, Long> topicCounts(long bankId) {
        Map<Long, String> paths = topicPaths(bankId);
        Map<Long, Long> own = new HashMap<>();
        for (Object[] row : questions.countLatestByTopic(bankId)) {
            if (row[0] != null) {
                own.put((Long) row[0], (Long) row[1]);
            }
        }
        Map<Long, Long> out = new HashMap<>();
        paths.forEach((id, path) -> out.put(id, own.entrySet().stream()
                .filter(e -> paths.containsKey(e.getKey()) && (paths.get(e.getKey()).equals(path)
                        || paths.get(e.getKey()).startsWith(path + Topic.SEPARATOR)))
                .mapToLong(Map.Entry::getValue).sum()));
        return out;
    }

    /** The filter as the query takes it: a topic's subtree as ids, the text as a lower-case LIKE pattern. */
    private static final class Filter {
        final boolean anyTopic;
        final java.util.Collection<Long> topics;
        final String search;
        final String plain;

        Filter(QuestionFilter f, Map<Long, String> paths) {
            anyTopic = f.topicId() == null;
            String root = anyTopic ? null : paths.get(f.topicId());
            List<Long> ids = root == null ? List.of() : paths.entrySet().stream()
                    .filter(e -> e.getValue().equals(root) || e.getValue().startsWith(root + Topic.SEPARATOR))
                    .map(Map.Entry::getKey).toList();
            topics = ids.isEmpty() ? List.of(-1L) : ids;
            String text = f.search() == null ? "" : f.search().strip().toLowerCase(java.util.Locale.ROOT);
            // LIKE's wildcards in the typed text are read as text: dropped, not matched as "anything"
            String literal = text.replace("%", "").replace("_", "").replace("\\", "");
            search = literal.isEmpty() ? null : "%" + literal + "%";
            plain = text.isEmpty() ? null : text;
        }
    }

    /** One version with its content and key, and the history of the question. Recorded. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public QuestionDetail question(long questionId) {
        Question q = questionEntity(questionId);
        QuestionBank bank = bankEntity(q.getBankId());
        accessed(bank, AccessKind.QUESTION, "#" + q.getId() + " v" + q.getVersion());
        Map<Long, String> paths = topicPaths(q.getBankId());
        List<VersionInfo> versions = questions.findByFamilyIdOrderByVersionAsc(q.getFamilyId()).stream()
                .map(v -> new VersionInfo(v.getId(), v.getVersion(), v.getStatus(), v.isUsed())).toList();
        return new QuestionDetail(row(q, paths), q.content(), versions, history(q.getFamilyId()));
    }

    private List<HistoryLine> history(long familyId) {
        Map<Long, Integer> versionOf = new HashMap<>();
        questions.findByFamilyIdOrderByVersionAsc(familyId).forEach(v -> versionOf.put(v.getId(), v.getVersion()));
        return history.findByFamilyIdOrderByIdAsc(familyId).stream()
                .map(e -> new HistoryLine(e.getQuestionId(), versionOf.getOrDefault(e.getQuestionId(), 0),
                        e.getAction().name(), e.getActor(), e.getOccurredAt(), e.getDetail()))
                .toList();
    }

    /** Full content of the newest versions, for exports (the caller records the export). */
    List<Question> latestWithContent(long bankId) {
        return questions.latestVersions(bankId);
    }

    Map<Long, String> topicPaths(long bankId) {
        Map<Long, String> out = new HashMap<>();
        topics.findByBankIdOrderByPath(bankId).forEach(t -> out.put(t.getId(), t.getPath()));
        return out;
    }

    // ---------------------------------------------------------------- questions: writing

    /** A new question, DRAFT, version 1. */
    @Secured("ROLE_AUTHOR")
    @Transactional
    public long createQuestion(long bankId, QuestionContent content) {
        QuestionBank bank = bankEntity(bankId);
        require(content, bankId);
        Question q = save(bank, content, Action.CREATED, null);
        return q.getId();
    }

    /**
     * Changes a question. A DRAFT or REVIEWED version is changed in place and goes back to DRAFT; an APPROVED
     * (or any drawn) version never changes: the edit becomes the next version, DRAFT, and the approved one stays
     * in use until the new one is approved. Returns the id of the version that holds the edit.
     */
    @Secured("ROLE_AUTHOR")
    @Transactional
    public long editQuestion(long questionId, QuestionContent content) {
        Question q = questionEntity(questionId);
        require(content, q.getBankId());
        if (!q.getStatus().editable()) {
            throw new DomainException("question.error.notEditable");
        }
        if (questions.maxVersion(q.getFamilyId()) != q.getVersion()) {
            throw new DomainException("question.error.notNewest");
        }
        Instant now = clock.instant();
        String actor = currentUser.username();
        if (q.getStatus() == QuestionStatus.APPROVED || q.isUsed()) {
            Question next = questions.save(q.nextVersion(q.getVersion() + 1, content, actor, now));
            log(next, Action.NEW_VERSION, actor, "v" + q.getVersion() + " → v" + next.getVersion());
            return next.getId();
        }
        // the old option and image rows go first: a new row may reuse an option index or an image name
        q.getOptions().clear();
        q.getMedia().clear();
        questions.flush();
        q.edit(content, actor, now);
        log(q, Action.EDITED, actor, null);
        texts.remove(q.getId());
        return q.getId();
    }

    /** A second board member checks drafts (thẩm định): never the person who wrote the version. */
    @Secured("ROLE_AUTHOR")
    @Transactional
    public int review(Collection<Long> questionIds) {
        String actor = currentUser.username();
        int n = 0;
        for (Question q : forUpdate(questionIds)) {
            if (q.getStatus() != QuestionStatus.DRAFT) {
                throw new DomainException("question.error.notDraft", q.getId());
            }
            if (actor.equals(q.getEditedBy())) {
                throw new DomainException("question.error.ownQuestion", q.getId());
            }
            q.markReviewed(actor);
            log(q, Action.REVIEWED, actor, null);
            n++;
        }
        return n;
    }

    /** The reviewer sends a draft back with a reason. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public void returnToDraft(long questionId, String reason) {
        FreeText.require("reason", reason, 1000);
        Question q = questionEntity(questionId);
        if (q.getStatus() != QuestionStatus.REVIEWED) {
            throw new DomainException("question.error.notReviewed", q.getId());
        }
        q.returnToDraft();
        log(q, Action.RETURNED, currentUser.username(), reason.strip());
    }

    /**
     * The chair approves reviewed versions for use in papers. Approving a new version supersedes the family's
     * older approved version, so a question is drawn in one version only.
     */
    @Secured("ROLE_CHAIR")
    @Transactional
    public int approve(Collection<Long> questionIds) {
        String actor = currentUser.username();
        int n = 0;
        for (Question q : forUpdate(questionIds)) {
            if (q.getStatus() != QuestionStatus.REVIEWED) {
                throw new DomainException("question.error.notReviewed", q.getId());
            }
            q.markApproved(actor);
            log(q, Action.APPROVED, actor, null);
            for (Question older : questions.findByFamilyIdOrderByVersionAsc(q.getFamilyId())) {
                if (older.getVersion() < q.getVersion() && older.getStatus() == QuestionStatus.APPROVED) {
                    older.supersede();
                    log(older, Action.SUPERSEDED, actor, "v" + q.getVersion());
                }
            }
            n++;
        }
        return n;
    }

    /** Takes a question out of use; papers that drew it keep it. */
    @Secured("ROLE_CHAIR")
    @Transactional
    public void retire(long questionId, String reason) {
        FreeText.require("reason", reason, 1000);
        Question q = questionEntity(questionId);
        if (q.getStatus() == QuestionStatus.RETIRED || q.getStatus() == QuestionStatus.SUPERSEDED) {
            throw new DomainException("question.error.notEditable");
        }
        q.retire();
        log(q, Action.RETIRED, currentUser.username(), reason.strip());
    }

    /**
     * Stores validated questions of an import, all in the caller's transaction. {@code approved}: the chair
     * brings in a bank already approved elsewhere (recorded as such); otherwise they arrive as drafts.
     */
    List<Long> storeImported(QuestionBank bank, List<QuestionContent> contents, boolean approved, String detail) {
        List<Long> ids = new ArrayList<>(contents.size());
        for (QuestionContent c : contents) {
            Question q = save(bank, c, Action.IMPORTED, detail);
            if (approved) {
                q.approveOnImport(currentUser.username());
                log(q, Action.APPROVED, currentUser.username(), detail);
            }
            ids.add(q.getId());
        }
        return ids;
    }

    private Question save(QuestionBank bank, QuestionContent content, Action action, String detail) {
        String actor = currentUser.username();
        Question q = questions.save(new Question(bank.getId(), questions.maxSeq(bank.getId()) + 1, content, actor,
                clock.instant()));
        q.startFamily();
        log(q, action, actor, detail);
        return q;
    }

    private void require(QuestionContent content, long bankId) {
        Map<String, String> errors = content.check();
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        if (content.topicId() != null) {
            topicIn(bankId, content.topicId());
        }
    }

    private List<Question> forUpdate(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new DomainException("question.error.noneSelected");
        }
        List<Question> found = questions.findAllById(new LinkedHashSet<>(ids));
        if (found.size() != new HashSet<>(ids).size()) {
            throw new DomainException("error.notFound");
        }
        return found;
    }

    private void log(Question q, Action action, String actor, String detail) {
        history.save(new QuestionEvent(q, action, actor, clock.instant(), detail));
        events.publishEvent(new QuestionChanged(q.getId(), q.getFamilyId(), q.getVersion(), action.name(), actor));
    }

    // ---------------------------------------------------------------- confidentiality

    /** What a person looked at or took out of a bank. */
    public enum AccessKind { LIST, QUESTION, EXPORT, SAMPLE_PAPER, ITEM_ANALYSIS }

    /** Records a look at a bank's questions, in the caller's (writing) transaction. */
    void accessed(QuestionBank bank, AccessKind kind, String detail) {
        events.publishEvent(new BankAccessed(bank.getId(), bank.getCode(), kind, detail, currentUser.username()));
    }

    /** For other modules that show questions (item analysis): records the look in the caller's transaction. */
    @Transactional
    public void recordAccess(long bankId, AccessKind kind, String detail) {
        accessed(bankEntity(bankId), kind, detail);
    }

    // ---------------------------------------------------------------- what delivery needs

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
        Question q = questionEntity(questionId);
        if (newKey == null || newKey.isEmpty()
                || newKey.stream().anyMatch(i -> i == null || i < 0 || i >= q.getOptions().size())) {
            throw new DomainException("error.keyfix.outOfRange");
        }
        Set<Integer> oldKey = new java.util.TreeSet<>(q.correctSet());
        String before = QuestionContent.letters(oldKey);
        q.correctKey(newKey);
        log(q, Action.KEY_CORRECTED, currentUser.username(),
                before + " → " + QuestionContent.letters(newKey) + " (#" + correctionId + ")");
        // the papers holding the question are scored again now, in this transaction (module delivery listens)
        events.publishEvent(new KeyChanged(questionId, correctionId, oldKey, newKey));
    }

    // ---------------------------------------------------------------- helpers

    QuestionBank bankEntity(long bankId) {
        return banks.findById(bankId).orElseThrow(() -> new DomainException("error.notFound"));
    }

    Optional<QuestionBank> bankByCode(String code) {
        return banks.findByCode(code);
    }

    Question questionEntity(long id) {
        return questions.findById(id).orElseThrow(() -> new DomainException("error.notFound"));
    }

    private BankInfo info(QuestionBank b) {
        Map<QuestionStatus, Long> byStatus = new EnumMap<>(QuestionStatus.class);
        for (Object[] r : questions.countByStatus(b.getId())) {
            byStatus.put((QuestionStatus) r[0], (Long) r[1]);
        }
        return new BankInfo(b.getId(), b.getCode(), b.getName(), b.getSubject(), b.getLanguage(), b.getPositionCode(),
                questions.countDrawable(b.getId()), byStatus);
    }

    private static TopicInfo topicInfo(Topic t) {
        return new TopicInfo(t.getId(), t.getParentId(), t.getName(), t.getPath());
    }

    private static QuestionRow row(Question q, Map<Long, String> paths) {
        String text = q.getFormat() == TextFormat.HTML ? SafeHtml.text(q.getStem()) : q.getStem();
        return new QuestionRow(q.getId(), q.getFamilyId(), q.getVersion(), q.getSeq(), q.getStatus(), q.getType(),
                q.getDifficulty(), q.getTopicId(), q.getTopicId() == null ? "" : paths.getOrDefault(q.getTopicId(), ""),
                text, QuestionContent.letters(q.correctSet()), q.tagList(), q.getSourceRef(), q.isUsed(),
                q.getEditedBy(), q.getEditedAt(), q.getReviewedBy(), q.getApprovedBy());
    }

    // ---------------------------------------------------------------- records

    /** A bank; {@code questionCount} is the drawable pool (approved single-choice questions). */
    public record BankInfo(long id, String code, String name, Subject subject, String language, String positionCode,
            long questionCount, Map<QuestionStatus, Long> byStatus) {

        public long count(QuestionStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    public record TopicInfo(long id, Long parentId, String name, String path) {
        public int depth() {
            return path.split(java.util.regex.Pattern.quote(Topic.SEPARATOR)).length - 1;
        }
    }

    public record QuestionRow(long id, long familyId, int version, int seq, QuestionStatus status, QuestionType type,
            Difficulty difficulty, Long topicId, String topicPath, String stemText, String key, List<String> tags,
            String source, boolean used, String editedBy, Instant editedAt, String reviewedBy, String approvedBy) {
    }

    public record VersionInfo(long id, int version, QuestionStatus status, boolean used) {
    }

    public record HistoryLine(long questionId, int version, String action, String actor, Instant at, String detail) {
    }

    public record QuestionDetail(QuestionRow row, QuestionContent content, List<VersionInfo> versions,
            List<HistoryLine> history) {
    }

    /**
     * A version as item analysis sees it; {@code options} and {@code stemText} are plain text (HTML stripped).
     * {@code key}: original indexes of the options that score.
     */
    public record KeyedQuestion(long id, long bankId, long familyId, int version, List<String> options,
            Set<Integer> key, String stemText, boolean purged) {

        public int optionCount() {
            return options.size();
        }

        /** "#123 v2 – Theo Hiến pháp năm 2013, …": the id, the version and the beginning of the stem. */
        public String label(int maxStem) {
            String stem = stemText == null ? "" : stemText.strip().replaceAll("\\s+", " ");
            if (stem.length() > maxStem) {
                stem = stem.substring(0, Math.max(0, maxStem - 1)).strip() + "…";
            }
            return "#" + id + " v" + version + (stem.isEmpty() ? "" : " – " + stem);
        }
    }

    /** One drawn question: {@code optionOrder[k]} is the original index of the option shown in position k. */
    public record DrawnQuestion(long questionId, int[] optionOrder) {
    }

    /** What a candidate's screen shows of a question; {@code html}: stem and options are (safe) HTML. */
    public record QuestionText(long id, String stem, List<String> options, boolean html) {
    }

    public record BankCreated(long bankId, String code, Subject subject, String actor) {
    }

    public record BankImported(long bankId, String code, int questions, String format, boolean approved,
            String actor) {
    }

    public record BankExported(long bankId, String code, int questions, String format, String actor) {
    }

    public record QuestionChanged(long questionId, long familyId, int version, String action, String actor) {
    }

    /** A look at a bank's questions or keys (TT 6/2020: the bank is confidential). */
    public record BankAccessed(long bankId, String code, AccessKind kind, String detail, String actor) {
    }
}
