package vn.thituyen.questionbank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.questionbank.domain.AikenFormat;
import vn.thituyen.questionbank.domain.Question;
import vn.thituyen.questionbank.domain.QuestionBank;
import vn.thituyen.questionbank.domain.QuestionBankRepository;
import vn.thituyen.questionbank.domain.QuestionOption;
import vn.thituyen.questionbank.domain.QuestionRepository;

/** Question banks: import, pool sizes, drawing papers. Keys leave this module only for server-side scoring. */
@Service
public class QuestionBankService {

    /** TT 6/2020/TT-BNV Art. 19: the bank holds at least 3 × the questions drawn for the exam. */
    public static final int MIN_POOL_FACTOR = 3;

    private final QuestionBankRepository banks;
    private final QuestionRepository questions;
    private final ApplicationEventPublisher events;
    /**
     * Question texts by id. A question's text never changes under its id while papers use it (a purge replaces it
     * and clears this), so every exam screen can be served from memory instead of 60 questions per request.
     */
    private final Map<Long, QuestionText> texts = new java.util.concurrent.ConcurrentHashMap<>();

    QuestionBankService(QuestionBankRepository banks, QuestionRepository questions, ApplicationEventPublisher events) {
        this.banks = banks;
        this.questions = questions;
        this.events = events;
    }

    /** Imports a whole Aiken file into a new bank, or nothing at all (line-precise errors). */
    @Secured({"ROLE_AUTHOR", "ROLE_ADMIN"})
    @Transactional
    public BankInfo importAiken(String code, String name, Subject subject, String language, String text, String actor) {
        List<AikenFormat.ParsedQuestion> parsed = AikenFormat.parse(text);
        if (banks.findByCode(code).isPresent()) {
            throw new DomainException("error.bank.exists", code);
        }
        QuestionBank bank = banks.save(new QuestionBank(code, name, subject, language));
        int seq = 1;
        List<Question> batch = new ArrayList<>();
        for (AikenFormat.ParsedQuestion q : parsed) {
            batch.add(new Question(bank.getId(), seq++, q.stem(), q.options(), q.correctIndex()));
        }
        questions.saveAll(batch);
        events.publishEvent(new BankImported(bank.getId(), code, batch.size(), actor));
        return info(bank);
    }

    /** Adds a whole Aiken file to an existing bank, or nothing at all (line-precise errors). */
    @Secured({"ROLE_AUTHOR", "ROLE_ADMIN"})
    @Transactional
    public BankInfo appendAiken(String code, String text, String actor) {
        List<AikenFormat.ParsedQuestion> parsed = AikenFormat.parse(text);
        QuestionBank bank = banks.findByCode(code).orElseThrow(() -> new DomainException("error.notFound"));
        int seq = questions.maxSeq(bank.getId()) + 1;
        List<Question> batch = new ArrayList<>();
        for (AikenFormat.ParsedQuestion q : parsed) {
            batch.add(new Question(bank.getId(), seq++, q.stem(), q.options(), q.correctIndex()));
        }
        questions.saveAll(batch);
        events.publishEvent(new BankImported(bank.getId(), code, batch.size(), actor));
        return info(bank);
    }

    @Secured({"ROLE_AUTHOR", "ROLE_ADMIN", "ROLE_SECRETARY"})
    @Transactional(readOnly = true)
    public List<BankInfo> banks() {
        return banks.findAll().stream().map(this::info).toList();
    }

    /** The bank for a subject (and language, for foreign-language parts). */
    @Transactional(readOnly = true)
    public Optional<BankInfo> bankFor(Subject subject, String language) {
        return banks.findAll().stream()
                .filter(b -> b.getSubject() == subject
                        && (language == null || language.equalsIgnoreCase(b.getLanguage())))
                .findFirst().map(this::info);
    }

    /**
     * Draws a paper for one candidate: {@code count} distinct questions in random order, each with its options
     * shuffled. Refuses when the pool is smaller than 3 × count.
     */
    @Transactional(readOnly = true)
    public List<DrawnQuestion> drawPaper(long bankId, int count, RandomGenerator random) {
        List<Long> pool = new ArrayList<>(questions.idsInBank(bankId));
        if (pool.size() < MIN_POOL_FACTOR * count) {
            throw new DomainException("error.bank.tooSmall", pool.size(), MIN_POOL_FACTOR * count);
        }
        // partial Fisher–Yates: the first `count` entries become a uniform random sample in random order
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Long t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        List<Long> chosen = pool.subList(0, count);
        Map<Long, Integer> optionCounts = new HashMap<>();
        for (Question q : questions.findWithOptions(chosen)) {
            optionCounts.put(q.getId(), q.getOptions().size());
        }
        List<DrawnQuestion> paper = new ArrayList<>(count);
        for (Long id : chosen) {
            int n = optionCounts.get(id);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            paper.add(new DrawnQuestion(id, order));
        }
        return paper;
    }

    /** How many questions a bank holds (the pool papers are drawn from). */
    @Transactional(readOnly = true)
    public long poolSize(long bankId) {
        return questions.countByBankIdAndPurgedFalse(bankId);
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
                QuestionText t = new QuestionText(q.getId(), q.getStem(),
                        q.getOptions().stream().map(QuestionOption::getText).toList());
                out.put(q.getId(), t);
                texts.put(q.getId(), t);
            }
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
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            purgedIds.forEach(texts::remove);
                        }
                    });
        }
        return found.size();
    }

    /** Correct option index per question, for scoring on the server. Never sent to a browser. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> answerKeys(Collection<Long> ids) {
        Map<Long, Integer> out = new HashMap<>();
        for (Question q : questions.findWithOptions(ids)) {
            out.put(q.getId(), q.correctIndex());
        }
        return out;
    }

    private BankInfo info(QuestionBank b) {
        return new BankInfo(b.getId(), b.getCode(), b.getName(), b.getSubject(), b.getLanguage(),
                questions.countByBankIdAndPurgedFalse(b.getId()));
    }

    public record BankInfo(long id, String code, String name, Subject subject, String language, long questionCount) {
    }

    /** One drawn question: {@code optionOrder[k]} is the original index of the option shown in position k. */
    public record DrawnQuestion(long questionId, int[] optionOrder) {
    }

    public record QuestionText(long id, String stem, List<String> options) {
    }

    public record BankImported(long bankId, String code, int questions, String actor) {
    }
}
