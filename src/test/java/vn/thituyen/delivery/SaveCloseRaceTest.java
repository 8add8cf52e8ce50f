package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;

/**
 * Concurrency on the real database: saves racing the hand-in. Every acknowledged answer must be in the score;
 * an answer that loses the race is refused, never acknowledged and then left out.
 */
@ApplicationTest
class SaveCloseRaceTest {

    @Autowired Scenario s;
    @Autowired DeliveryService delivery;

    @RepeatedTest(2)
    void everyAcknowledgedAnswerIsScored() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Đình Chiểu", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(a);
        s.asExaminee(attempt, () -> {
            delivery.startNextPart();
            return null;
        });
        AttemptPart part = s.parts.findByAttemptIdOrderByPartNo(attempt).get(0);
        List<PaperItem> paper = s.items.findByAttemptPartIdOrderBySeq(part.getId());
        Map<Long, Integer> keys = vn.thituyen.Scenario.singleKeys(s.examQuestions.answerKeys(paper.stream().map(PaperItem::getQuestionId).toList()));

        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < paper.size(); i++) {
            PaperItem it = paper.get(i);
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    s.asExaminee(attempt, () -> delivery.saveAnswer(it.getId(),
                            it.displayIndex(keys.get(it.getQuestionId())), 1L));
                    acknowledged.incrementAndGet();
                } catch (DomainException e) {
                    assertThat(e.messageKey()).isEqualTo("error.exam.partClosed");
                    refused.incrementAndGet();
                }
                return null;
            }));
            if (i == paper.size() / 2) {
                futures.add(pool.submit(() -> {
                    go.await();
                    s.asExaminee(attempt, () -> {
                        delivery.submitCurrentPart();
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

        AttemptPart closed = s.parts.findByAttemptIdOrderByPartNo(attempt).get(0);
        assertThat(closed.isClosed()).isTrue();
        assertThat(acknowledged.get() + refused.get()).isEqualTo(paper.size());
        assertThat(closed.getCorrectCount()).as("every acknowledged (correct) answer is in the score")
                .isEqualTo(acknowledged.get());
    }
}
