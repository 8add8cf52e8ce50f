package vn.thituyen.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.delivery.DeliveryEvents.PartClosed;
import vn.thituyen.delivery.domain.Answer;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.Attempt;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.questionbank.ExamQuestions;

/**
 * Scoring round-1 parts: a part closes (handed in, timed out, closed with its sitting or by a sanction) and is scored
 * once, with the keys as they stand, under the part's lock; the attempt is finished when every part is; parts whose
 * deadline passed are closed even when no browser is there any more. A corrected key scores closed parts again
 * ({@link KeyRescoring}) with the same rule, {@link #correctCount}.
 */
@Service
public class PartScoring {

    private final AttemptRepository attempts;
    private final AttemptPartRepository parts;
    private final SittingRepository sittings;
    private final PaperItemRepository items;
    private final AnswerRepository answers;
    private final ExamQuestions examQuestions;
    private final CampaignService campaigns;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writable;

    PartScoring(AttemptRepository attempts, AttemptPartRepository parts, SittingRepository sittings,
            PaperItemRepository items, AnswerRepository answers, ExamQuestions examQuestions, CampaignService campaigns,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.parts = parts;
        this.sittings = sittings;
        this.items = items;
        this.answers = answers;
        this.examQuestions = examQuestions;
        this.campaigns = campaigns;
        this.events = events;
        this.clock = clock;
        this.writable = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Closes parts whose deadline passed even if no browser is there any more. Each part closes in its own
     * transaction under the part's lock, so several nodes sweeping at once close each part exactly once.
     */
    public int closeExpiredParts() {
        List<Long> expired = readOnly.execute(tx -> parts.findExpiredIds(clock.instant()));
        int closed = 0;
        for (Long id : expired) {
            Boolean done = writable.execute(tx -> {
                AttemptPart p = parts.lockById(id).orElseThrow();
                if (p.isClosed()) {
                    return false;   // another node (or the candidate) was first
                }
                Attempt a = attempts.findById(p.getAttemptId()).orElseThrow();
                if (sittings.require(a.getSittingId()).getStatus() == Sitting.Status.PAUSED) {
                    return false;   // the time is given back on resume
                }
                Instant now = clock.instant();
                closePart(a, p, now, true);
                finishIfDone(a, now);
                return true;
            });
            closed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return closed;
    }

    /**
     * Closes and scores a part in the caller's transaction, under the part's lock; a part another transaction
     * closed meanwhile is taken as it stands.
     */
    void closePart(Attempt attempt, AttemptPart unlocked, Instant now, boolean byTimeout) {
        AttemptPart p = parts.lockById(unlocked.getId()).orElseThrow();
        if (p.isClosed()) {
            return;
        }
        if (parts.closedAtInDatabase(p.getId()) != null) {
            // closed meanwhile by another transaction (a node's sweeper, the candidate's earlier hand-in that the
            // client retried, the invigilator): take its state, so the screen answered now shows it closed
            parts.reload(p);
            return;
        }
        List<PaperItem> paper = items.findByAttemptPartIdOrderBySeq(p.getId());
        Map<Long, java.util.Set<Integer>> keys = examQuestions.answerKeys(paper.stream().map(PaperItem::getQuestionId).toList());
        Map<Long, Integer> chosen = latestChoices(attempt.getId());
        int correct = correctCount(paper.stream()
                .map(it -> new AnsweredItem(it.getQuestionId(), chosen.get(it.getId()))).toList(), keys);
        RuleSet ruleSet = campaigns.campaign(sittings.require(attempt.getSittingId()).getCampaignId()).ruleSet();
        boolean passed = ruleSet.partPassed(correct, p.getQuestionCount());
        p.close(now, correct, passed);
        events.publishEvent(new PartClosed(attempt.getId(), p.getPartNo(), correct, p.getQuestionCount(), passed,
                byTimeout));
    }

    /**
     * A part's score: the items answered with an option in their question's key. The one rule, used when a part
     * closes and when a key correction scores it again.
     */
    public static int correctCount(List<AnsweredItem> paper, Map<Long, java.util.Set<Integer>> keys) {
        int correct = 0;
        for (AnsweredItem it : paper) {
            Integer c = it.chosen();
            if (c != null && keys.get(it.questionId()).contains(c)) {
                correct++;
            }
        }
        return correct;
    }

    void finishIfDone(Attempt attempt, Instant now) {
        finishIfDone(attempt, parts.findByAttemptIdOrderByPartNo(attempt.getId()), now);
    }

    /** @param ps all parts of the attempt, as loaded in this transaction (closing updates these same objects) */
    void finishIfDone(Attempt attempt, List<AttemptPart> ps, Instant now) {
        if (attempt.getStatus() == Attempt.Status.IN_PROGRESS
                && ps.stream().allMatch(p -> p.isExempt() || p.isClosed())) {
            attempt.finish(ps.stream().map(AttemptPart::getClosedAt).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(now));
        }
    }

    /** The candidate's latest answer to each item (item id → original option), unanswered items left out. */
    Map<Long, Integer> latestChoices(long attemptId) {
        Map<Long, Integer> out = new HashMap<>();
        for (Answer a : answers.latestForAttempt(attemptId)) {
            if (a.getChosenIdx() != null) {
                out.put(a.getPaperItemId(), a.getChosenIdx());
            }
        }
        return out;
    }
}
