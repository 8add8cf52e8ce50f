package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;

/**
 * An exam client that gave up waiting for a hand-in sends it again; the first is still committing. The second
 * waits for the part's lock, finds the part closed by the first, and must answer with the part closed, not with the
 * part as it read it before waiting (a client would then think its part still runs).
 */
@ApplicationTest
class HandInRetryTest {

    @Autowired Scenario s;
    @Autowired DeliveryService delivery;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aRetriedHandInAnswersWithThePartClosed() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Lê Lợi", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(app);
        s.asExaminee(attempt, delivery::startNextPart);

        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the first hand-in: closes the part and keeps its transaction open until released
            Future<?> first = pool.submit(() -> s.asExaminee(attempt, () -> new TransactionTemplate(transactions)
                    .execute(t -> {
                        delivery.submitCurrentPart();
                        firstHolds.countDown();
                        try {
                            release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    })));
            assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
            // the retry reads the part (still open for it), then waits for the part's lock
            Future<ExamScreen> retry = pool.submit(() -> s.asExaminee(attempt, delivery::submitCurrentPart));
            Thread.sleep(1500);
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            ExamScreen screen = retry.get(30, TimeUnit.SECONDS);
            assertThat(screen.current()).as("no part runs any more").isNull();
            assertThat(screen.parts().get(0).state()).isEqualTo(ExamScreen.PartState.CLOSED);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
