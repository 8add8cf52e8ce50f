package vn.thituyen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.audit.domain.AuditEntryRepository;
import vn.thituyen.identity.Role;

/**
 * The hash chain on the real database, with writers racing (many candidates handing in at once, several nodes):
 * one unbroken chain, and every entry verifies from its stored row.
 */
@ApplicationTest
class AuditLogTest {

    /** An audited event (any record of the application's packages is recorded). */
    record Probe(int writer, int n, String actor) {
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditEntryRepository entries;
    @Autowired AuditLog audit;
    @Autowired Scenario s;

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        long before = AuditChain.lastId(entries);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int writers = 6;
        int transactionsEach = 15;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int n = 0; n < transactionsEach; n++) {
                        int k = n;
                        tx.executeWithoutResult(t -> {
                            // two entries in one transaction: the second links to the first
                            events.publishEvent(new Probe(writer, 2 * k, "probe"));
                            events.publishEvent(new Probe(writer, 2 * k + 1, "probe"));
                        });
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(AuditChain.after(entries, before).stream().filter(e -> e.getAction().equals("Probe")))
                .hasSize(writers * transactionsEach * 2);
        assertThat(AuditChain.problemsAfter(entries, before)).isEmpty();
        AuditVerifier.ChainCheck check = s.as("admin", Role.ADMIN, audit::verifyChain);
        assertThat(check.intact()).as("verifyChain: %s", check).isTrue();
    }
}
