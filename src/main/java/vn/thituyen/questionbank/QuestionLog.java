package vn.thituyen.questionbank;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.thituyen.questionbank.QuestionBankService.QuestionChanged;
import vn.thituyen.questionbank.domain.Question;
import vn.thituyen.questionbank.domain.QuestionEvent;
import vn.thituyen.questionbank.domain.QuestionEvent.Action;
import vn.thituyen.questionbank.domain.QuestionEventRepository;

/** A question's history: every step of a version is a row, and an audited {@link QuestionChanged}. */
@Component
class QuestionLog {

    private final QuestionEventRepository history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionLog(QuestionEventRepository history, ApplicationEventPublisher events, Clock clock) {
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    void record(Question q, Action action, String actor, String detail) {
        history.save(new QuestionEvent(q, action, actor, clock.instant(), detail));
        events.publishEvent(new QuestionChanged(q.getId(), q.getFamilyId(), q.getVersion(), action.name(), actor));
    }
}
