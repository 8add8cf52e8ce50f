package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;

/**
 * What a start and a save cost the database (docs/performance.md): statements and transactions counted by
 * Hibernate's statistics (every statement of these paths goes through Hibernate). Bounds, not exact figures: a
 * regression that adds round trips to the two hottest paths of exam day fails here.
 */
@ApplicationTest
class ExamDayStatementsTest {

    @Autowired Scenario s;
    @Autowired DeliveryService delivery;
    @Autowired EntityManagerFactory emf;

    record Cost(long statements, long transactions) {
    }

    @Test
    void aStartIsOneTransactionAndASaveThreeStatements() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Lê Quý Đôn", null);
        long first = s.apply(c, c.position1, "Phan Huy Chú", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(a);
        // as on exam day, after the first candidates of the room: the rule set and the question texts in memory
        s.asExaminee(s.attemptOf(first), delivery::startNextPart);
        AttemptPart part1 = s.parts.findByAttemptIdOrderByPartNo(attempt).get(0);
        s.examQuestions.questionTexts(s.items.findByAttemptPartIdOrderBySeq(part1.getId()).stream()
                .map(PaperItem::getQuestionId).toList());
        var examinee = new Principal(s.attempts.findById(attempt).orElseThrow().getCandidateNumber(), "", true, null,
                attempt, Role.EXAMINEE, "examinee");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(examinee, null, examinee.getAuthorities()));
        try {
            // the candidate's lobby before the start
            delivery.screen();
            measure(attempt);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void measure(long attempt) {
        ExamScreen[] started = new ExamScreen[1];
        Cost start = cost(() -> started[0] = delivery.startNextPart());
        long item = started[0].current().items().get(0).itemId();
        Cost save = cost(() -> delivery.saveAnswer(item, 1, 1L));
        Cost stale = cost(() -> delivery.saveAnswer(item, 2, 1L));
        Cost screen = cost(() -> delivery.screen());
        Cost poll = cost(() -> delivery.partClock());
        System.out.printf("[cost] start %s, save %s, repeated save %s, screen %s, poll %s%n", start, save, stale,
                screen, poll);

        assertThat(start.transactions()).as("start and its screen in one transaction").isEqualTo(1);
        // attempt, sitting, parts, paper items, two updates; no answers read; the rule set, the question texts and
        // the candidate's name and position from memory (the very first start of a node reads them: + 1 to 4)
        assertThat(start.statements()).isLessThanOrEqualTo(6);
        // the lock, what the checks need read after it, the insert (presence is written every 30 s)
        assertThat(save.statements()).isEqualTo(3);
        assertThat(save.transactions()).isEqualTo(1);
        assertThat(stale.statements()).as("a repeated message writes nothing").isEqualTo(2);
        // attempt, sitting, parts, paper items, latest answers
        assertThat(screen.statements()).isLessThanOrEqualTo(5);
        // attempt, sitting, parts
        assertThat(poll.statements()).isLessThanOrEqualTo(3);
    }

    private Cost cost(Supplier<Object> body) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        try {
            body.get();
            return new Cost(stats.getPrepareStatementCount(), stats.getTransactionCount());
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }
}
