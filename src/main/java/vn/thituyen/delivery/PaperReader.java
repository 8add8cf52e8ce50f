package vn.thituyen.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.delivery.domain.PaperLine;
import vn.thituyen.delivery.domain.ViolationRepository;

/**
 * Reads many papers at once for reports and re-scoring: every item of the given parts with the ORIGINAL index of
 * its latest answer (answers store the author's option order, whatever order the candidate saw). Two queries per
 * {@value #CHUNK} parts, whatever the number of items, so a campaign of thousands of candidates is a few dozen
 * queries, not one per candidate.
 */
@Component
class PaperReader {

    static final int CHUNK = 500;

    private final PaperItemRepository items;
    private final AnswerRepository answers;
    private final ViolationRepository violations;

    PaperReader(PaperItemRepository items, AnswerRepository answers, ViolationRepository violations) {
        this.items = items;
        this.answers = answers;
        this.violations = violations;
    }

    /**
     * The parts without those a suspension (đình chỉ) or cancellation closed while they ran: such a part scores 0
     * by decision, not by its answers, so it is neither analysed nor scored again.
     */
    List<PartRef> withoutSanctioned(List<PartRef> parts) {
        Set<String> sanctioned = new HashSet<>();
        List<Long> attemptIds = parts.stream().map(PartRef::attemptId).distinct().toList();
        for (int from = 0; from < attemptIds.size(); from += CHUNK) {
            for (Object[] row : violations.partsClosedBySanction(
                    attemptIds.subList(from, Math.min(attemptIds.size(), from + CHUNK)))) {
                sanctioned.add(row[0] + "/" + row[1]);
            }
        }
        return sanctioned.isEmpty() ? parts
                : parts.stream().filter(p -> !sanctioned.contains(p.attemptId() + "/" + p.partNo())).toList();
    }

    /** Part id → its items, each with the question version and the chosen original option (null: unanswered). */
    Map<Long, List<AnsweredItem>> itemsOf(Collection<PartRef> parts) {
        Map<Long, List<AnsweredItem>> out = new HashMap<>();
        List<PartRef> all = List.copyOf(parts);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<PartRef> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Long> partIds = chunk.stream().map(PartRef::partId).toList();
            List<Long> attemptIds = chunk.stream().map(PartRef::attemptId).distinct().toList();
            Map<Long, Integer> chosen = new HashMap<>();
            for (Object[] row : answers.latestChoices(attemptIds)) {
                if (row[1] != null) {
                    chosen.put((Long) row[0], (Integer) row[1]);
                }
            }
            for (PaperLine line : items.linesOf(partIds)) {
                out.computeIfAbsent(line.partId(), k -> new ArrayList<>())
                        .add(new AnsweredItem(line.questionId(), chosen.get(line.itemId())));
            }
        }
        return out;
    }
}
