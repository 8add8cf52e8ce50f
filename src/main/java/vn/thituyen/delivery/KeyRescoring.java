package vn.thituyen.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.delivery.DeliveryEvents.KeyCorrected;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.delivery.domain.PartRescore;
import vn.thituyen.delivery.domain.PartRescoreRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.KeyChanged;
import vn.thituyen.questionbank.ExamQuestions;
import vn.thituyen.questionbank.QuestionContent;

/**
 * A corrected key scores the papers again, in the correcting transaction: every closed part holding the question
 * (its rows locked, none running) is scored exactly as when it closed, with the new key for that question and the
 * current keys for the others; each part whose score or pass changed gets a part_rescore row with before and after,
 * and one {@link KeyCorrected} records it all in the audit log. Cancelled attempts are scored again too (the stored
 * score always agrees with the key; the cancellation stands); a part a suspension or cancellation closed while it ran
 * is not: it scores 0 by decision.
 */
@Component
class KeyRescoring {

    private final PaperItemRepository items;
    private final AttemptPartRepository parts;
    private final PartRescoreRepository rescores;
    private final SatPapers satPapers;
    private final ExamQuestions examQuestions;
    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyRescoring(PaperItemRepository items, AttemptPartRepository parts, PartRescoreRepository rescores,
            SatPapers satPapers, ExamQuestions examQuestions, CampaignService campaigns, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.parts = parts;
        this.rescores = rescores;
        this.satPapers = satPapers;
        this.examQuestions = examQuestions;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(KeyChanged changed) {
        long questionId = changed.questionId();
        List<Long> holding = items.partsHolding(questionId);
        // the same rows the correction locked before changing the key: none closes meanwhile with the old one
        List<AttemptPart> locked = holding.isEmpty() ? List.of() : parts.lockAll(holding);
        List<PartRef> closed = satPapers.closedScoredHolding(questionId);
        Map<Long, List<AnsweredItem>> paperItems = satPapers.itemsOf(closed);
        Set<Long> onPapers = new HashSet<>();
        paperItems.values().forEach(list -> list.forEach(i -> onPapers.add(i.questionId())));
        Map<Long, Set<Integer>> keys = new HashMap<>(onPapers.isEmpty() ? Map.of() : examQuestions.answerKeys(onPapers));
        keys.put(questionId, changed.newKey());
        Map<Long, AttemptPart> byId = new HashMap<>();
        locked.forEach(p -> byId.put(p.getId(), p));
        Map<Long, CampaignInfo> campaignById = new HashMap<>();
        Instant now = clock.instant();
        int rescored = 0;
        int raised = 0;
        int lowered = 0;
        int passChanged = 0;
        for (PartRef ref : closed) {
            AttemptPart part = byId.get(ref.partId());
            CampaignInfo campaign = campaignById.computeIfAbsent(ref.campaignId(), campaigns::campaign);
            int before = part.getCorrectCount();
            boolean passedBefore = Boolean.TRUE.equals(part.getPassed());
            int after = PartScoring.correctCount(paperItems.getOrDefault(part.getId(), List.of()), keys);
            boolean passedAfter = campaign.ruleSet().partPassed(after, part.getQuestionCount());
            if (after != before || passedAfter != passedBefore) {
                part.rescore(after, passedAfter);
                rescores.save(new PartRescore(part.getId(), changed.correctionId(), before, after, passedBefore,
                        passedAfter, now));
                rescored++;
                raised += after > before ? 1 : 0;
                lowered += after < before ? 1 : 0;
                passChanged += passedAfter != passedBefore ? 1 : 0;
            }
        }
        events.publishEvent(new KeyCorrected(changed.correctionId(), questionId,
                QuestionContent.letters(changed.oldKey()), QuestionContent.letters(changed.newKey()), rescored,
                raised, lowered, passChanged, currentUser.username()));
    }
}
