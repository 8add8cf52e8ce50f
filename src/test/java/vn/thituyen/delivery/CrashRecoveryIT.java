package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.audit.AuditChain;
import vn.thituyen.audit.domain.AuditEntryRepository;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.Attempt;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.identity.domain.UserAccountRepository;

/**
 * Exam day, "Proved by tests": the server dies in the middle of the exam (SIGKILL, no graceful shutdown) and
 * comes back. The application runs as its own process (the packaged jar) on the test's MariaDB/MySQL database;
 * 200 simulated candidates answer over HTTP. After the restart every acknowledged answer is in the database,
 * the same tokens still work, each candidate's remaining time is still "deadline − now" on the real clock, and
 * everybody finishes. MySQL/MariaDB only (the mysql profile): skipped on the embedded H2.
 */
@ApplicationTest
class CrashRecoveryIT {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryIT.class);
    private static final int CANDIDATES = 200;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired Scenario s;
    @Autowired Environment env;
    @Autowired AnswerRepository answers;
    @Autowired AuditEntryRepository audit;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    @Test
    void acknowledgedAnswersAndDeadlinesSurviveAKilledServer() throws Exception {
        assumeTrue(AppProcess.onMysql(env), "runs the app as a process on MySQL/MariaDB: only with -Pmysql");
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
        try (AppProcess app = new AppProcess("crash-recovery", AppProcess.freePort(), env, 1000)) {
            app.start(); // boots while the test JVM prepares the campaign
            long auditBefore = AuditChain.lastId(audit);
            List<ExamClient> clients = ExamFleet.clients(
                    ExamFleet.openSittingsFor(s, accounts, encoder, CANDIDATES), app.baseUrl());
            app.awaitUp(Duration.ofSeconds(150));
            LOG.info("crash test: app up and {} candidates ready after {} s", CANDIDATES, ExamFleet.seconds(t0));

            // 1. everybody signs in and starts part 1 through the app process (its clock fixes the deadline), then
            //    answers random items (changing some answers) until the process is killed under them
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(CANDIDATES);
            List<Future<Void>> running = ExamFleet.forEach(pool, clients, c -> {
                c.signIn(PATIENCE);
                c.startNextPart(PATIENCE);
                started.countDown();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (!killed.get()) {
                    ExamClient.Item item = c.items().get(random.nextInt(c.items().size()));
                    if (!c.answerOnce(item.itemId(), random.nextInt(item.options())) && !killed.get()) {
                        Thread.sleep(100);
                    }
                    Thread.sleep(random.nextInt(50, 250));
                }
            });
            assertThat(started.await(90, TimeUnit.SECONDS)).as("all candidates started part 1").isTrue();
            LOG.info("crash test: all signed in and started part 1 after {} s", ExamFleet.seconds(t0));
            // kill mid-flow, once enough answers were acknowledged (a loaded machine answers more slowly)
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            Thread.sleep(6_000);
            while (clients.stream().mapToInt(c -> c.acks).sum() <= CANDIDATES * 6 && System.nanoTime() < waitUntil) {
                Thread.sleep(500);
            }
            int exit = app.kill();
            killed.set(true);
            Instant killedAt = Instant.now();
            assertThat(exit).as("the app died of SIGKILL (128 + 9), no graceful shutdown").isEqualTo(137);
            ExamFleet.awaitAll(running, Duration.ofSeconds(60));

            int acks = clients.stream().mapToInt(c -> c.acks).sum();
            long cutOff = clients.stream().filter(c -> !c.uncertain.isEmpty()).count();
            LOG.info("crash test: killed after {} acknowledged answers; {} candidates had a message without reply",
                    acks, cutOff);
            assertThat(acks).as("the candidates were answering when the app died").isGreaterThan(CANDIDATES * 5);
            for (ExamClient c : clients) {
                assertThat(c.unexpected).as(c.candidateNumber).isEmpty();
                assertThat(c.deadline).as("deadline fixed by the app's clock when %s started", c.candidateNumber)
                        .isBetween(c.startSent.plus(Duration.ofMinutes(60)),
                                c.startReceived.plus(Duration.ofMinutes(60)).plusSeconds(1));
            }

            // 2. the database alone (the app is dead) holds every acknowledged answer
            List<String> lost = new ArrayList<>();
            int laterSaved = 0;
            for (ExamClient c : clients) {
                ExamFleet.Comparison cmp = ExamFleet.compare(c, s, answers);
                lost.addAll(cmp.problems());
                laterSaved += cmp.savedButUnacknowledged();
            }
            assertThat(lost).as("acknowledged answers missing after the crash").isEmpty();
            LOG.info("crash test: all acknowledged answers stored; {} items hold a later message whose reply was lost",
                    laterSaved);

            // 3. restart; the same tokens work, the screen shows the stored answers and deadline − now
            app.start();
            app.awaitUp(Duration.ofSeconds(150));
            LOG.info("crash test: restarted {} s after the kill",
                    Duration.between(killedAt, Instant.now()).toSeconds());
            ExamFleet.awaitAll(ExamFleet.forEach(pool, clients, c -> {
                Instant sent = Instant.now();
                JsonNode screen = c.screen(PATIENCE);
                Instant received = Instant.now();
                JsonNode current = screen.get("current");
                assertThat(current.isNull()).as("%s: part 1 still running", c.candidateNumber).isFalse();
                assertThat(current.get("partNo").asInt()).isEqualTo(1);
                assertThat(Instant.parse(current.get("deadline").asText())).as(c.candidateNumber)
                        .isEqualTo(c.deadline);
                // the server's "now" lies between sending and receiving: remaining = deadline − now, ± 2 s
                assertThat(current.get("remainingSeconds").asLong()).as("%s: remaining time", c.candidateNumber)
                        .isBetween(Duration.between(received, c.deadline).toSeconds() - 2,
                                Duration.between(sent, c.deadline).toSeconds() + 2);
                for (JsonNode it : current.get("items")) {
                    ExamClient.Ack ack = c.acked.get(it.get("itemId").asLong());
                    if (ack != null && !c.uncertain.contains(it.get("itemId").asLong())) {
                        assertThat(it.get("chosen").asInt()).as("%s item %s", c.candidateNumber, it.get("itemId"))
                                .isEqualTo(ack.choice());
                    }
                }
            }), Duration.ofSeconds(90));
            LOG.info("crash test: tokens, stored answers and remaining time checked after {} s", ExamFleet.seconds(t0));

            // 4. the candidates continue: the answers left uncertain by the crash are answered again (so each
            //    item's final answer is known), a few more, then part 1 is handed in, part 2 started and handed in
            ExamFleet.awaitAll(ExamFleet.forEach(pool, clients, c -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (Long itemId : List.copyOf(c.uncertain)) {
                    int options = c.items().stream().filter(i -> i.itemId() == itemId).findFirst().orElseThrow()
                            .options();
                    c.answerSurely(itemId, random.nextInt(options), PATIENCE);
                }
                for (int k = 0; k < 3; k++) {
                    ExamClient.Item item = c.items().get(random.nextInt(c.items().size()));
                    c.answerSurely(item.itemId(), random.nextInt(item.options()), PATIENCE);
                }
                JsonNode afterPart1 = c.submit(PATIENCE);
                assertThat(afterPart1.get("current").isNull()).isTrue();
                c.startNextPart(PATIENCE);
                assertThat(c.partNo).isEqualTo(2);
                ExamClient.Item first = c.items().get(0);
                c.answerSurely(first.itemId(), random.nextInt(first.options()), PATIENCE);
                JsonNode done = c.submit(PATIENCE);
                assertThat(done.get("finished").asBoolean()).as(c.candidateNumber).isTrue();
            }), Duration.ofSeconds(120));
            LOG.info("crash test: everybody handed in after {} s", ExamFleet.seconds(t0));

            // 5. scored from exactly the answers the candidates were told were saved; nothing closed twice
            for (ExamClient c : clients) {
                assertThat(c.unexpected).as(c.candidateNumber).isEmpty();
                assertThat(ExamFleet.compare(c, s, answers).problems()).isEmpty();
                assertThat(s.attempts.findById(c.attemptId).orElseThrow().getStatus())
                        .isEqualTo(Attempt.Status.SUBMITTED);
                for (int partNo = 1; partNo <= 2; partNo++) {
                    AttemptPart p = ExamFleet.part(c.attemptId, partNo, s);
                    assertThat(p.isClosed()).isTrue();
                    assertThat(p.getCorrectCount()).as("%s part %d score", c.candidateNumber, partNo)
                            .isEqualTo(ExamFleet.expectedCorrect(c, partNo, s));
                }
            }
            assertThat(ExamFleet.auditProblems(audit, auditBefore, clients, 2)).isEmpty();
            LOG.info("crash test: passed in {} s ({} answers acknowledged in all)", ExamFleet.seconds(t0),
                    clients.stream().mapToInt(c -> c.acks).sum());
        } finally {
            pool.shutdownNow();
        }
    }
}
