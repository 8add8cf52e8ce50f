package vn.thituyen.questionbank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.QuestionBankService.AccessKind;
import vn.thituyen.questionbank.DrawnQuestion;
import vn.thituyen.questionbank.domain.PoolRule;
import vn.thituyen.questionbank.domain.Blueprint;
import vn.thituyen.questionbank.domain.BlueprintRepository;
import vn.thituyen.questionbank.domain.BlueprintRow;
import vn.thituyen.questionbank.domain.Question;
import vn.thituyen.questionbank.domain.QuestionBank;
import vn.thituyen.questionbank.domain.QuestionRepository;
import vn.thituyen.questionbank.domain.Topic;
import vn.thituyen.questionbank.domain.TopicRepository;

/**
 * Blueprints (ma trận đề): how many questions an exam part draws from each topic and difficulty, whether the
 * approved pool covers each row at least 3 times over (TT 6/2020/TT-BNV Art. 19), and the drawing itself.
 */
@Service
public class BlueprintService {

    private final BlueprintRepository blueprints;
    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final QuestionBankService banks;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final vn.thituyen.campaign.CampaignAccess access;

    BlueprintService(BlueprintRepository blueprints, QuestionRepository questions, TopicRepository topics,
            QuestionBankService banks, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock,
            vn.thituyen.campaign.CampaignAccess access) {
        this.access = access;
        this.blueprints = blueprints;
        this.questions = questions;
        this.topics = topics;
        this.banks = banks;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The part's blueprint (empty rows: draw from the whole bank) and how well the approved pool covers it. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR", "ROLE_SECRETARY"})
    @Transactional(readOnly = true)
    public Coverage coverage(long campaignId, int partNo, long bankId, int questionCount) {
        access.require(campaignId);
        banks.bankEntity(bankId);
        List<RowSpec> rows = blueprints.findByCampaignIdAndPartNoAndBankId(campaignId, partNo, bankId)
                .map(b -> b.getRows().stream().map(r -> new RowSpec(r.getTopicId(), r.getDifficulty(), r.getCount()))
                        .toList())
                .orElse(List.of());
        return coverageOf(bankId, questionCount, rows, pool(bankId), topicTree(bankId));
    }

    /**
     * Replaces the part's blueprint. Rows must not overlap (a question belongs to one row at most), counts are
     * positive and add up to the part's number of questions. No rows: the part draws from the whole bank.
     */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public Coverage saveBlueprint(long campaignId, int partNo, long bankId, int questionCount, List<RowSpec> rows) {
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.COMPOSE_PAPERS);
        QuestionBank bank = banks.bankEntity(bankId);
        Map<Long, Topic> tree = topicTree(bankId);
        int total = 0;
        for (int i = 0; i < rows.size(); i++) {
            RowSpec r = rows.get(i);
            if (r.count() <= 0) {
                throw new DomainException("blueprint.error.count", i + 1);
            }
            if (r.topicId() != null && !tree.containsKey(r.topicId())) {
                throw new DomainException("error.notFound");
            }
            for (int j = 0; j < i; j++) {
                if (overlap(rows.get(j), r, tree)) {
                    throw new DomainException("blueprint.error.overlap", j + 1, i + 1);
                }
            }
            total += r.count();
        }
        if (!rows.isEmpty() && total != questionCount) {
            throw new DomainException("blueprint.error.total", total, questionCount);
        }
        Blueprint b = blueprints.findByCampaignIdAndPartNoAndBankId(campaignId, partNo, bankId)
                .orElseGet(() -> new Blueprint(campaignId, partNo, bankId));
        if (b.getId() != null) {
            // the old rows go first: the new rows reuse their positions
            b.replaceRows(List.of(), currentUser.username(), clock.instant());
            blueprints.saveAndFlush(b);
        }
        List<BlueprintRow> stored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            stored.add(new BlueprintRow(i + 1, rows.get(i).topicId(), rows.get(i).difficulty(), rows.get(i).count()));
        }
        b.replaceRows(stored, currentUser.username(), clock.instant());
        blueprints.save(b);
        events.publishEvent(new BlueprintSaved(campaignId, partNo, bankId, bank.getCode(), rows.size(), total,
                currentUser.username()));
        return coverageOf(bankId, questionCount, rows, pool(bankId), tree);
    }

    /**
     * A drawer for one part's papers: the pool is read once, then every candidate's paper is drawn from memory.
     * Refuses when the pool does not cover the part (bank or a blueprint row under 3 ×).
     */
    @Transactional(readOnly = true)
    public PaperDrawer drawer(long campaignId, int partNo, long bankId, int questionCount) {
        List<RowSpec> rows = blueprints.findByCampaignIdAndPartNoAndBankId(campaignId, partNo, bankId)
                .map(b -> b.getRows().stream().map(r -> new RowSpec(r.getTopicId(), r.getDifficulty(), r.getCount()))
                        .toList())
                .orElse(List.of());
        List<PoolEntry> pool = pool(bankId);
        Map<Long, Topic> tree = topicTree(bankId);
        Coverage c = coverageOf(bankId, questionCount, rows, pool, tree);
        ExamQuestions.requireDrawable(c.bankAvailable(), questionCount);
        if (c.total() != questionCount) {
            throw new DomainException("blueprint.error.total", c.total(), questionCount);
        }
        for (RowCoverage r : c.rows()) {
            if (!r.covered()) {
                throw new DomainException("blueprint.error.notCovered", r.index(), r.available(), r.required());
            }
        }
        List<long[]> rowPools = new ArrayList<>();
        List<Integer> rowCounts = new ArrayList<>();
        if (rows.isEmpty()) {
            rowPools.add(pool.stream().mapToLong(PoolEntry::id).toArray());
            rowCounts.add(questionCount);
        } else {
            for (RowSpec r : rows) {
                rowPools.add(pool.stream().filter(p -> matches(r, p, tree)).mapToLong(PoolEntry::id).toArray());
                rowCounts.add(r.count());
            }
        }
        Map<Long, Integer> optionCounts = new HashMap<>();
        for (PoolEntry p : pool) {
            optionCounts.put(p.id(), p.options());
        }
        return new PaperDrawer(rowPools, rowCounts, optionCounts);
    }

    /** One sample paper with keys, for the board to look at before sittings are prepared. Recorded. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public List<SampleQuestion> samplePaper(long campaignId, int partNo, long bankId, int questionCount) {
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.COMPOSE_PAPERS);
        PaperDrawer drawer = drawer(campaignId, partNo, bankId, questionCount);
        List<DrawnQuestion> drawn = drawer.draw(new java.security.SecureRandom());
        banks.recordAccess(bankId, AccessKind.SAMPLE_PAPER, "part " + partNo + ", " + drawn.size());
        Map<Long, Question> byId = new HashMap<>();
        questions.findWithOptions(drawn.stream().map(DrawnQuestion::questionId).toList())
                .forEach(q -> byId.put(q.getId(), q));
        Map<Long, String> paths = banks.topicPaths(bankId);
        List<SampleQuestion> out = new ArrayList<>();
        for (DrawnQuestion d : drawn) {
            Question q = byId.get(d.questionId());
            out.add(new SampleQuestion(q.getId(), q.getVersion(), q.getTopicId() == null ? "" : paths.get(q.getTopicId()),
                    q.getDifficulty(), ExamQuestions.textOf(q), QuestionContent.letters(q.correctSet())));
        }
        return out;
    }

    private List<PoolEntry> pool(long bankId) {
        Map<Long, Integer> optionCounts = new HashMap<>();
        for (Object[] r : questions.optionCounts(bankId)) {
            optionCounts.put((Long) r[0], ((Number) r[1]).intValue());
        }
        List<PoolEntry> out = new ArrayList<>();
        for (Object[] r : questions.poolInBank(bankId)) {
            Long id = (Long) r[0];
            out.add(new PoolEntry(id, (Long) r[1], (Difficulty) r[2], optionCounts.getOrDefault(id, 0)));
        }
        return out;
    }

    private Map<Long, Topic> topicTree(long bankId) {
        Map<Long, Topic> out = new HashMap<>();
        topics.findByBankIdOrderByPath(bankId).forEach(t -> out.put(t.getId(), t));
        return out;
    }

    private static Coverage coverageOf(long bankId, int questionCount, List<RowSpec> rows, List<PoolEntry> pool,
            Map<Long, Topic> tree) {
        List<RowCoverage> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowSpec r = rows.get(i);
            long available = pool.stream().filter(p -> matches(r, p, tree)).count();
            long required = PoolRule.required(r.count());
            out.add(new RowCoverage(i + 1, r.topicId(), r.topicId() == null ? null : tree.get(r.topicId()).getPath(),
                    r.difficulty(), r.count(), available, required));
        }
        int total = rows.isEmpty() ? questionCount : rows.stream().mapToInt(RowSpec::count).sum();
        return new Coverage(bankId, questionCount, total, out, pool.size(),
                PoolRule.required(questionCount));
    }

    private static boolean matches(RowSpec r, PoolEntry p, Map<Long, Topic> tree) {
        return (r.difficulty() == null || r.difficulty() == p.difficulty())
                && (r.topicId() == null || within(p.topicId(), r.topicId(), tree));
    }

    /** whether topic {@code t} is {@code ancestor} or below it */
    private static boolean within(Long t, long ancestor, Map<Long, Topic> tree) {
        Long cur = t;
        while (cur != null) {
            if (cur == ancestor) {
                return true;
            }
            Topic topic = tree.get(cur);
            cur = topic == null ? null : topic.getParentId();
        }
        return false;
    }

    private static boolean overlap(RowSpec a, RowSpec b, Map<Long, Topic> tree) {
        boolean difficulties = a.difficulty() == null || b.difficulty() == null || a.difficulty() == b.difficulty();
        boolean topicsMeet = a.topicId() == null || b.topicId() == null
                || within(a.topicId(), b.topicId(), tree) || within(b.topicId(), a.topicId(), tree);
        return difficulties && topicsMeet;
    }

    private record PoolEntry(long id, Long topicId, Difficulty difficulty, int options) {
    }

    /** A blueprint row as entered: topic (null: whole bank, else with its sub-topics), difficulty (null: any). */
    public record RowSpec(Long topicId, Difficulty difficulty, int count) {
        public RowSpec {
            Objects.requireNonNull(Integer.valueOf(count));
        }
    }

    public record RowCoverage(int index, Long topicId, String topicPath, Difficulty difficulty, int count,
            long available, long required) {
        public boolean covered() {
            return available >= required;
        }
    }

    /**
     * @param total       questions the rows draw (the part's count when there is no blueprint)
     * @param bankRequired 3 × the part's questions: the whole approved pool must hold that many
     */
    public record Coverage(long bankId, int questionCount, int total, List<RowCoverage> rows, long bankAvailable,
            long bankRequired) {
        public boolean covered() {
            return bankAvailable >= bankRequired && total == questionCount
                    && rows.stream().allMatch(RowCoverage::covered);
        }
    }

    public record SampleQuestion(long questionId, int version, String topicPath, Difficulty difficulty,
            QuestionText text, String key) {
    }

    public record BlueprintSaved(long campaignId, int partNo, long bankId, String bankCode, int rows, int total,
            String actor) {
    }

    /** Draws papers from a pool read once; each row's questions are a uniform sample of the row's pool. */
    public static final class PaperDrawer {
        private final List<long[]> rowPools;
        private final List<Integer> rowCounts;
        private final Map<Long, Integer> optionCounts;

        PaperDrawer(List<long[]> rowPools, List<Integer> rowCounts, Map<Long, Integer> optionCounts) {
            this.rowPools = rowPools;
            this.rowCounts = rowCounts;
            this.optionCounts = optionCounts;
        }

        /** A paper: the rows' questions in one random order, each with its options shuffled. */
        public List<DrawnQuestion> draw(RandomGenerator random) {
            List<Long> chosen = new ArrayList<>();
            for (int r = 0; r < rowPools.size(); r++) {
                long[] pool = rowPools.get(r).clone();
                int count = rowCounts.get(r);
                // partial Fisher–Yates: the first `count` entries become a uniform random sample
                for (int i = 0; i < count; i++) {
                    int j = i + random.nextInt(pool.length - i);
                    long t = pool[i];
                    pool[i] = pool[j];
                    pool[j] = t;
                    chosen.add(pool[i]);
                }
            }
            java.util.Collections.shuffle(chosen, java.util.Random.from(random));
            List<DrawnQuestion> paper = new ArrayList<>(chosen.size());
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
    }
}
