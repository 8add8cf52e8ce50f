package vn.thituyen.delivery;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.thituyen.Scenario;
import vn.thituyen.audit.AuditChain;
import vn.thituyen.audit.domain.AuditEntry;
import vn.thituyen.audit.domain.AuditEntryRepository;
import vn.thituyen.delivery.domain.Answer;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.identity.Role;
import vn.thituyen.identity.domain.UserAccount;
import vn.thituyen.identity.domain.UserAccountRepository;

/**
 * For the tests that run the application as separate processes: a campaign with many candidates whose sittings
 * are open (prepared from the test JVM through {@link Scenario}), their exam clients, and the checks against the
 * database made through the repositories.
 */
final class ExamFleet {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExamFleet.class);

    private ExamFleet() {
    }

    /** One candidate's ticket for the exam room, from the roster. */
    record Ticket(String candidateNumber, String oneTimePassword, long attemptId) {
    }

    /**
     * A fresh campaign with {@code count} accepted candidates, papers prepared and every room's sitting open.
     * The sitting is opened at the real time: the child processes check the late-arrival limit against the
     * system clock, not against the test JVM's {@code TestClock} (which is put back afterwards).
     */
    static List<Ticket> openSittingsFor(Scenario s, UserAccountRepository accounts, PasswordEncoder encoder,
            int count) throws Exception {
        Instant testTime = s.clock.instant();
        if (testTime.isBefore(Instant.now())) {
            s.clock.set(Instant.now());
        }
        try {
            long t0 = System.nanoTime();
            Scenario.Campaign c = s.newCampaign();
            // the candidates' accounts share one password hash (BCrypt is slow by design: 200 sign-ups would take
            // minutes on a busy two-core machine); their applications go through the registration service
            String hash = encoder.encode(Scenario.PASSWORD);
            List<String> usernames = new ArrayList<>();
            List<UserAccount> candidates = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                usernames.add("c" + c.tag + "-" + i);
                candidates.add(new UserAccount(usernames.get(i - 1), hash, "Thí Sinh " + letters(i), "u@example.vn",
                        Role.CANDIDATE, s.clock.instant()));
            }
            accounts.saveAll(candidates);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Long>> applied = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    String username = usernames.get(i - 1);
                    String name = "Thí Sinh " + letters(i);
                    applied.add(pool.submit(
                            () -> s.asUser(username, () -> s.registration.submit(c.id, s.form(c.position1, name)))));
                }
                for (Future<Long> f : applied) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            LOG.info("{} candidates signed up and applied in {} s", count, seconds(t0));
            s.acceptAllAndPublish(c);
            LOG.info("accepted and published after {} s", seconds(t0));
            List<Ticket> tickets = new ArrayList<>();
            for (long sitting : s.openSittings(c)) {
                for (var row : s.asUser(c.invigilator, () -> s.console.roster(sitting))) {
                    tickets.add(new Ticket(row.candidateNumber(), row.oneTimePassword(), row.attemptId()));
                }
            }
            LOG.info("papers prepared and sittings open after {} s", seconds(t0));
            if (tickets.size() != count) {
                throw new AssertionError("expected " + count + " tickets, got " + tickets.size());
            }
            return tickets;
        } finally {
            s.clock.set(testTime);
        }
    }

    /** 1 → "A", 26 → "Z", 27 → "AA": names hold letters only. */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            b.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return b.toString();
    }

    static List<ExamClient> clients(List<Ticket> tickets, String baseUrl) {
        HttpClient http = ExamClient.httpClient();
        return tickets.stream()
                .map(t -> new ExamClient(http, baseUrl, t.candidateNumber(), t.oneTimePassword(), t.attemptId()))
                .toList();
    }

    /** What the database holds compared with what a client sent and was told. */
    record Comparison(List<String> problems, int itemsChecked, int savedButUnacknowledged) {
    }

    /**
     * Every acknowledged answer is in the database: the item's latest stored answer is the acknowledged message
     * or a later message the client sent (one whose reply was lost is allowed: it may have been saved), never an
     * older one and never one the client did not send.
     */
    static Comparison compare(ExamClient c, Scenario s, AnswerRepository answers) {
        Map<Long, Answer> latest = new HashMap<>();
        for (Answer a : answers.latestForAttempt(c.attemptId)) {
            latest.put(a.getPaperItemId(), a);
        }
        Map<Long, PaperItem> paper = paperOf(c.attemptId, s);
        List<String> problems = new ArrayList<>();
        int later = 0;
        for (var e : c.acked.entrySet()) {
            long itemId = e.getKey();
            ExamClient.Ack ack = e.getValue();
            Answer stored = latest.get(itemId);
            String where = c.candidateNumber + " item " + itemId + ": ";
            if (stored == null) {
                problems.add(where + "acknowledged seq " + ack.seq() + " but nothing stored");
                continue;
            }
            Long seq = stored.getClientSeq();
            if (seq == null || seq < ack.seq()) {
                problems.add(where + "acknowledged seq " + ack.seq() + " but the latest stored is seq " + seq);
                continue;
            }
            Integer choice = c.sent.get(itemId).get(seq);
            if (choice == null) {
                problems.add(where + "stored seq " + seq + " was never sent");
                continue;
            }
            int original = paper.get(itemId).originalIndex(choice);
            if (stored.getChosenIdx() == null || stored.getChosenIdx() != original) {
                problems.add(where + "seq " + seq + " chose " + original + " (original index) but "
                        + stored.getChosenIdx() + " is stored");
            }
            if (seq > ack.seq()) {
                later++;
            }
        }
        return new Comparison(problems, c.acked.size(), later);
    }

    /** The number of right answers in a part, from the answers the client was last told were saved. */
    static int expectedCorrect(ExamClient c, int partNo, Scenario s) {
        long partId = part(c.attemptId, partNo, s).getId();
        List<PaperItem> paper = s.items.findByAttemptPartIdOrderBySeq(partId);
        Map<Long, Integer> keys = vn.thituyen.Scenario.singleKeys(s.examQuestions.answerKeys(paper.stream().map(PaperItem::getQuestionId).toList()));
        int correct = 0;
        for (PaperItem it : paper) {
            if (c.uncertain.contains(it.getId())) {
                throw new AssertionError(c.candidateNumber + ": item " + it.getId() + " is still uncertain");
            }
            ExamClient.Ack ack = c.acked.get(it.getId());
            if (ack != null && it.originalIndex(ack.choice()) == keys.get(it.getQuestionId())) {
                correct++;
            }
        }
        return correct;
    }

    static AttemptPart part(long attemptId, int partNo, Scenario s) {
        return s.parts.findByAttemptIdOrderByPartNo(attemptId).stream().filter(p -> p.getPartNo() == partNo)
                .findFirst().orElseThrow();
    }

    private static Map<Long, PaperItem> paperOf(long attemptId, Scenario s) {
        Map<Long, PaperItem> out = new HashMap<>();
        for (AttemptPart p : s.parts.findByAttemptIdOrderByPartNo(attemptId)) {
            for (PaperItem it : s.items.findByAttemptPartIdOrderBySeq(p.getId())) {
                out.put(it.getId(), it);
            }
        }
        return out;
    }

    /**
     * The audit entries written after {@code afterId}: the hash chain is unbroken across them (every writer, on
     * every node, linked to the entry before it) and each attempt has exactly one PartClosed per part.
     */
    static List<String> auditProblems(AuditEntryRepository audit, long afterId, List<ExamClient> clients,
            int partsPerAttempt) {
        List<String> problems = new ArrayList<>(AuditChain.problemsAfter(audit, afterId));
        Map<String, Integer> closes = new HashMap<>();
        for (AuditEntry e : AuditChain.after(audit, afterId)) {
            if (e.getAction().equals("PartClosed")) {
                closes.merge(e.getSubject(), 1, Integer::sum);
            }
        }
        for (ExamClient c : clients) {
            int n = closes.getOrDefault("attemptId=" + c.attemptId, 0);
            if (n != partsPerAttempt) {
                problems.add(c.candidateNumber + " (attempt " + c.attemptId + "): " + n
                        + " PartClosed entries, expected " + partsPerAttempt);
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- running the candidates

    /** What one candidate does, on its own thread. */
    interface ClientTask {
        void run(ExamClient c) throws Exception;
    }

    /** Runs the task for every client on the pool, one thread each. */
    static List<Future<Void>> forEach(ExecutorService pool, List<ExamClient> clients, ClientTask task) {
        List<Future<Void>> futures = new ArrayList<>();
        for (ExamClient c : clients) {
            Callable<Void> call = () -> {
                task.run(c);
                return null;
            };
            futures.add(pool.submit(call));
        }
        return futures;
    }

    /** Waits for every task (bounded), rethrowing the first failure. */
    static void awaitAll(List<Future<Void>> futures, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        for (Future<Void> f : futures) {
            try {
                f.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                futures.forEach(x -> x.cancel(true));
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw (Exception) e.getCause();
            } catch (java.util.concurrent.TimeoutException e) {
                futures.forEach(x -> x.cancel(true));
                throw new AssertionError("candidates did not finish within " + timeout, e);
            }
        }
    }

    static long seconds(long t0) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
    }
}
