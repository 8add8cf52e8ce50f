package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.TypedWriting.PaperQuestion;

/**
 * Concurrency on the real database: typed saves racing each other and the hand-in. Every acknowledged save is kept
 * (or overtaken by a later one that is kept); a save that loses the race to the hand-in is refused, never
 * acknowledged and then left out; nothing is stored after the hand-in; the script handed over for marking is the
 * latest kept answer.
 */
@ApplicationTest
class TypedSaveRaceTest {

    @Autowired Scenario s;
    @Autowired TypedWriting typed;

    @RepeatedTest(2)
    void everyAcknowledgedSaveIsKeptAndNothingAfterTheHandIn() throws Exception {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, Scenario.TYPED_AND_INTERVIEW);
        long an = s.apply(c, c.position1, "Nguyễn Đình Chiểu", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45);
        String user = c.candidates.get(0);
        s.asUser(c.author1, () -> {
            typed.setPaper(c.position1, 1, List.of(new PaperQuestion("Câu hỏi duy nhất", new BigDecimal("100"))));
            return null;
        });
        s.asUser(c.secretary, () -> {
            typed.open(c.position1, 1);
            return null;
        });
        long script = s.asUser(user, () -> typed.start(c.id, 1)).writing().scriptId();

        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Long> refused = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (long seq = 1; seq <= 40; seq++) {
            long mine = seq;
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    s.asUser(user, () -> typed.save(script, 1, "Bản " + mine + " của bài làm", mine));
                    acknowledged.add(mine);
                } catch (DomainException e) {
                    assertThat(e.messageKey()).isIn("error.typed.handedIn", "error.typed.timeUp");
                    refused.add(mine);
                }
                return null;
            }));
            if (seq == 20) {
                futures.add(pool.submit(() -> {
                    go.await();
                    s.asUser(user, () -> {
                        typed.handIn(script);
                        return null;
                    });
                    return null;
                }));
            }
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(acknowledged.size() + refused.size()).isEqualTo(40);
        List<Map<String, Object>> rows = s.jdbc.queryForList("SELECT client_seq FROM typed_answer"
                + " WHERE script_id = ? ORDER BY id", script);
        // nothing kept after the hand-in (compared in the database: its own time type on every engine)
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM typed_answer a JOIN typed_script t ON t.id ="
                + " a.script_id WHERE t.id = ? AND a.saved_at > t.handed_in_at", Long.class, script)).isZero();
        // nothing kept that was not acknowledged
        assertThat(rows).allSatisfy(r -> assertThat(acknowledged).contains(((Number) r.get("client_seq")).longValue()));
        long latestKept = rows.isEmpty() ? 0 : ((Number) rows.get(rows.size() - 1).get("client_seq")).longValue();
        // an acknowledged save is kept, or a later one is (a late message never overwrites a newer answer)
        assertThat(acknowledged).allSatisfy(seq -> assertThat(latestKept).isGreaterThanOrEqualTo(seq));
        // the rows go forward: each kept save is newer than the one before it
        List<Long> seqs = rows.stream().map(r -> ((Number) r.get("client_seq")).longValue()).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates();

        s.asUser(c.secretary, () -> typed.close(c.position1, 1));
        String marked = s.jdbc.queryForObject("SELECT t.body FROM script_text t JOIN written_script w ON w.id ="
                + " t.script_id JOIN written_part p ON p.id = w.part_id WHERE p.position_id = ?", String.class,
                c.position1);
        assertThat(marked).isEqualTo(latestKept == 0 ? "" : "Bản " + latestKept + " của bài làm");
    }
}
