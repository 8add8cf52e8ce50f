package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Exam day, "Proved by tests": two application nodes (the packaged jar, two processes) share the database behind
 * nginx; one node dies (SIGKILL) in the middle of the exam. The candidates carry on through nginx on the other
 * node — their tokens still work, and signing in again works too — nothing acknowledged is lost and everybody
 * hands in. Before that, both nodes' deadline sweepers race to close the parts of candidates whose time ran out:
 * each part is closed once. MySQL/MariaDB only (the mysql profile): skipped on the embedded H2.
 */
@ApplicationTest
class TwoNodeIT {

    private static final Logger LOG = LoggerFactory.getLogger(TwoNodeIT.class);
    private static final int CANDIDATES = 50;
    /** candidates whose computers go quiet after a few answers: their time runs out while both nodes sweep */
    private static final int LEAVERS = 10;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired Scenario s;
    @Autowired Environment env;
    @Autowired AnswerRepository answers;
    @Autowired AuditEntryRepository audit;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    @Test
    void candidatesCarryOnThroughTheOtherNodeWhenOneDies() throws Exception {
        assumeTrue(AppProcess.onMysql(env), "runs the app as processes on MySQL/MariaDB: only with -Pmysql");
        Nginx.binary();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
        try (AppProcess node1 = new AppProcess("two-node-1", AppProcess.freePort(), env, 200);
                AppProcess node2 = new AppProcess("two-node-2", AppProcess.freePort(), env, 200);
                Nginx nginx = new Nginx(AppProcess.LOG_DIR.resolve("nginx-" + System.currentTimeMillis()),
                        AppProcess.freePort(), List.of(node1.port, node2.port))) {
            node1.start();
            node2.start();
            long auditBefore = AuditChain.lastId(audit);
            List<ExamClient> clients = ExamFleet.clients(
                    ExamFleet.openSittingsFor(s, accounts, encoder, CANDIDATES), nginx.baseUrl());
            node1.awaitUp(Duration.ofSeconds(180));
            node2.awaitUp(Duration.ofSeconds(180));
            nginx.start();
            nginx.awaitUp(Duration.ofSeconds(20));
            LOG.info("two nodes: both nodes and nginx up, {} candidates ready after {} s", CANDIDATES,
                    ExamFleet.seconds(t0));

            // every candidate answers through nginx until a while after node 1 died; half of them sign in again
            // after the failure (a restarted computer), the others keep their token. The leavers answer a little
            // and go quiet: their part 1 is closed by the nodes' deadline sweepers.
            AtomicBoolean killed = new AtomicBoolean();
            AtomicLong answeringEnds = new AtomicLong(Long.MAX_VALUE);
            CountDownLatch started = new CountDownLatch(CANDIDATES);
            CountDownLatch leaversTimedOut = new CountDownLatch(1);
            var running = ExamFleet.forEach(pool, clients, c -> {
                int index = clients.indexOf(c);
                c.signIn(PATIENCE);
                c.startNextPart(PATIENCE);
                ThreadLocalRandom random = ThreadLocalRandom.current();
                if (index < LEAVERS) {
                    for (int k = 0; k < 3; k++) {
                        ExamClient.Item item = c.items().get(random.nextInt(c.items().size()));
                        c.answerSurely(item.itemId(), random.nextInt(item.options()), PATIENCE);
                    }
                    started.countDown();
                    assertThat(leaversTimedOut.await(90, TimeUnit.SECONDS)).isTrue();
                    JsonNode screen = c.screen(PATIENCE);
                    assertThat(screen.get("current").isNull()).as("%s: part 1 timed out", c.candidateNumber).isTrue();
                    assertThat(screen.get("parts").get(0).get("state").asText()).isEqualTo("CLOSED");
                } else {
                    started.countDown();
                    boolean signsInAgain = index % 2 == 0;
                    while (System.currentTimeMillis() < answeringEnds.get()) {
                        if (signsInAgain && killed.get() && c.sessions == 1) {
                            c.signIn(PATIENCE);
                        }
                        ExamClient.Item item = c.items().get(random.nextInt(c.items().size()));
                        c.answerSurely(item.itemId(), random.nextInt(item.options()), PATIENCE);
                        Thread.sleep(random.nextInt(100, 300));
                    }
                    assertThat(c.submit(PATIENCE).get("current").isNull()).isTrue();
                }
                c.startNextPart(PATIENCE);
                assertThat(c.partNo).isEqualTo(2);
                ExamClient.Item first = c.items().get(0);
                c.answerSurely(first.itemId(), random.nextInt(first.options()), PATIENCE);
                JsonNode done = c.submit(PATIENCE);
                assertThat(done.get("finished").asBoolean()).as(c.candidateNumber).isTrue();
            });
            assertThat(started.await(90, TimeUnit.SECONDS)).as("all candidates started part 1").isTrue();

            // the leavers' time runs out (their stored deadline is moved into the past) while both nodes sweep
            // every 200 ms: each part is closed exactly once, by timeout, stamped at its deadline
            List<ExamClient> leavers = clients.subList(0, LEAVERS);
            String ids = leavers.stream().map(c -> String.valueOf(c.attemptId)).collect(Collectors.joining(","));
            assertThat(jdbc.update("UPDATE attempt_part SET deadline = UTC_TIMESTAMP() - INTERVAL 2 SECOND "
                    + "WHERE part_no = 1 AND attempt_id IN (" + ids + ")")).isEqualTo(LEAVERS);
            long sweepEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (leavers.stream().anyMatch(c -> !ExamFleet.part(c.attemptId, 1, s).isClosed())
                    && System.nanoTime() < sweepEnd) {
                Thread.sleep(100);
            }
            for (ExamClient c : leavers) {
                AttemptPart p = ExamFleet.part(c.attemptId, 1, s);
                assertThat(p.isClosed()).as("%s: part 1 closed by a sweeper", c.candidateNumber).isTrue();
                assertThat(p.getClosedAt()).isEqualTo(p.getDeadline());
            }
            leaversTimedOut.countDown();
            LOG.info("two nodes: the leavers' parts were closed by the sweepers after {} s", ExamFleet.seconds(t0));
            Thread.sleep(4_000);
            double killedAt = System.currentTimeMillis() / 1000.0;
            int exit = node1.kill();
            killed.set(true);
            assertThat(exit).as("node 1 died of SIGKILL (128 + 9)").isEqualTo(137);
            int acksAtKill = clients.stream().mapToInt(c -> c.acks).sum();
            answeringEnds.set(System.currentTimeMillis() + 8_000);
            ExamFleet.awaitAll(running, Duration.ofSeconds(150));
            assertThat(node2.isAlive()).isTrue();

            // nginx spread the candidates over both nodes, then sent everything to the live one
            String n1 = "127.0.0.1:" + node1.port;
            String n2 = "127.0.0.1:" + node2.port;
            List<Nginx.Line> log = nginx.accessLines();
            List<Nginx.Line> before = log.stream().filter(l -> l.at() < killedAt && l.status() / 100 == 2).toList();
            List<Nginx.Line> after = log.stream().filter(l -> l.at() > killedAt + 1 && l.status() / 100 == 2).toList();
            assertThat(before).as("answered by node 1 before it died").anyMatch(l -> l.finalUpstream().equals(n1));
            assertThat(before).as("answered by node 2 before node 1 died").anyMatch(l -> l.finalUpstream().equals(n2));
            assertThat(after).as("answers after node 1 died").isNotEmpty()
                    .allMatch(l -> l.finalUpstream().equals(n2));
            long failedOver = log.stream().filter(l -> l.upstreams().size() > 1).count();
            long gatewayErrors = log.stream().filter(l -> l.status() == 502 || l.status() == 504).count();
            int clientRetries = clients.stream().mapToInt(c -> c.failures).sum();
            LOG.info("two nodes: {} answers acknowledged before the kill, {} in all; nginx passed {} requests on to "
                    + "the live node, answered {} with a gateway error; clients retried {} times", acksAtKill,
                    clients.stream().mapToInt(c -> c.acks).sum(), failedOver, gatewayErrors, clientRetries);

            // nothing acknowledged was lost, scores come from exactly those answers, everybody handed in
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
            assertThat(clients.stream().filter(c -> c.sessions == 2)).as("signed in again on the live node")
                    .hasSize((CANDIDATES - LEAVERS) / 2);
            assertThat(ExamFleet.auditProblems(audit, auditBefore, clients, 2)).isEmpty();
            for (ExamClient c : leavers) {
                assertThat(AuditChain.after(audit, auditBefore)).as("%s: one PartClosed by timeout", c.candidateNumber)
                        .filteredOn(e -> e.getAction().equals("PartClosed")
                                && e.getSubject().equals("attemptId=" + c.attemptId)
                                && e.getDetails().contains("partNo=1;") && e.getDetails().contains("byTimeout=true"))
                        .hasSize(1);
            }
            LOG.info("two nodes: passed in {} s", ExamFleet.seconds(t0));
        } finally {
            pool.shutdownNow();
        }
    }
}
