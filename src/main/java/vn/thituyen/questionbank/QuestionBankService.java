package vn.thituyen.questionbank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.domain.Question;
import vn.thituyen.questionbank.domain.QuestionBank;
import vn.thituyen.questionbank.domain.QuestionBankRepository;
import vn.thituyen.questionbank.domain.QuestionEventRepository;
import vn.thituyen.questionbank.domain.QuestionRepository;
import vn.thituyen.questionbank.domain.Topic;
import vn.thituyen.questionbank.domain.TopicRepository;
import vn.thituyen.questionbank.format.SafeHtml;

/**
 * The catalogue of question banks (ngân hàng câu hỏi): banks, topics, the board's lists of questions and a question
 * with its versions and history. Only the question board (AUTHOR) and the chair see questions and keys, and every
 * look at a bank's questions is recorded. Writing and review: {@link QuestionAuthoring}; what the exam needs:
 * {@link ExamQuestions}.
 */
@Service
public class QuestionBankService {

    private final QuestionBankRepository banks;
    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final QuestionEventRepository history;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    QuestionBankService(QuestionBankRepository banks, QuestionRepository questions, TopicRepository topics,
            QuestionEventRepository history, ApplicationEventPublisher events, CurrentUser currentUser) {
        this.banks = banks;
        this.questions = questions;
        this.topics = topics;
        this.history = history;
        this.events = events;
        this.currentUser = currentUser;
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

    Topic topicIn(long bankId, long topicId) {
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
