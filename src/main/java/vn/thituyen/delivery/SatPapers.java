package vn.thituyen.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.delivery.domain.PartRescore;
import vn.thituyen.delivery.domain.PartRescoreRepository;
import vn.thituyen.delivery.domain.SittingRepository;

/**
 * What other modules may read of the round-1 papers once sat (module {@code analysis}: item analysis and key
 * corrections), in a few queries whatever the number of candidates. Roles and the campaign are checked by the
 * calling services; nothing here is reachable from a screen or an endpoint directly. Scoring stays here: a
 * corrected key is applied to the papers by {@link KeyRescoring}.
 */
@Service
public class SatPapers {

    private final AttemptPartRepository parts;
    private final PaperItemRepository items;
    private final SittingRepository sittings;
    private final PartRescoreRepository rescores;
    private final PaperReader papers;

    SatPapers(AttemptPartRepository parts, PaperItemRepository items, SittingRepository sittings,
            PartRescoreRepository rescores, PaperReader papers) {
        this.parts = parts;
        this.items = items;
        this.sittings = sittings;
        this.rescores = rescores;
        this.papers = papers;
    }

    /** A sitting (room) with closed papers, and how many. */
    public record SittingPapers(long sittingId, long roomId, long candidates) {
    }

    /** What a key correction changed: parts scored again (a part_rescore row each), raised, lowered, pass changed. */
    public record Rescored(int parts, int raised, int lowered, int passChanged) {
    }

    /** Per campaign, part number and bank: the closed, not exempt, not cancelled parts. */
    @Transactional(readOnly = true)
    public List<PartCount> analysable() {
        return parts.analysable();
    }

    /** The campaign's sittings with closed papers. */
    @Transactional(readOnly = true)
    public List<SittingPapers> sittingsWithClosedParts(long campaignId) {
        return parts.sittingsWithClosedParts(campaignId).stream()
                .map(r -> new SittingPapers((Long) r[0], (Long) r[1], ((Number) r[2]).longValue())).toList();
    }

    /** The room of a sitting of this campaign; empty when the sitting is not the campaign's. */
    @Transactional(readOnly = true)
    public Optional<Long> roomOfSitting(long sittingId, long campaignId) {
        return sittings.findById(sittingId).filter(s -> s.getCampaignId() == campaignId).map(s -> s.getRoomId());
    }

    /** The closed parts analysed for a part number and bank of the campaign; {@code sittingId} null = all. */
    @Transactional(readOnly = true)
    public List<PartRef> closedForAnalysis(long campaignId, int partNo, long bankId, Long sittingId) {
        return parts.closedForAnalysis(campaignId, partNo, bankId, sittingId);
    }

    /** Part id → its items with the chosen original option. */
    @Transactional(readOnly = true)
    public Map<Long, List<AnsweredItem>> itemsOf(Collection<PartRef> refs) {
        return papers.itemsOf(refs);
    }

    /**
     * The closed parts holding the question whose score stands by their answers (a part a suspension or
     * cancellation closed while it ran scores 0 by decision and is left out).
     */
    @Transactional(readOnly = true)
    public List<PartRef> closedScoredHolding(long questionId) {
        return papers.withoutSanctioned(refs(items.partsHolding(questionId)).stream().filter(PartRef::closed)
                .toList());
    }

    /** The campaigns whose papers hold the question; empty when no paper does. */
    @Transactional(readOnly = true)
    public Set<Long> campaignsHolding(long questionId) {
        return campaignsOf(refs(items.partsHolding(questionId)));
    }

    /**
     * Locks every part whose paper holds the question, until the caller's transaction ends: one closing now waits
     * and then reads the corrected key, and none can close in between with the old one. Refuses while any of them
     * runs. Returns the campaigns of those parts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> lockHolding(long questionId) {
        List<Long> holding = items.partsHolding(questionId);
        List<AttemptPart> locked = holding.isEmpty() ? List.of() : parts.lockAll(holding);
        if (locked.stream().anyMatch(AttemptPart::isOpen)) {
            throw new DomainException("error.keyfix.partsRunning");
        }
        return campaignsOf(refs(locked.stream().map(AttemptPart::getId).toList()));
    }

    /** What the key correction changed on the papers (its part_rescore rows). */
    @Transactional(readOnly = true)
    public Rescored rescored(long correctionId) {
        List<PartRescore> rows = rescores.findByKeyCorrectionIdOrderById(correctionId);
        return new Rescored(rows.size(),
                (int) rows.stream().filter(r -> r.getCorrectAfter() > r.getCorrectBefore()).count(),
                (int) rows.stream().filter(r -> r.getCorrectAfter() < r.getCorrectBefore()).count(),
                (int) rows.stream().filter(r -> r.isPassedAfter() != r.isPassedBefore()).count());
    }

    /** How many parts the key correction scored again. */
    @Transactional(readOnly = true)
    public long partsRescored(long correctionId) {
        return rescores.countByKeyCorrectionId(correctionId);
    }

    private List<PartRef> refs(List<Long> partIds) {
        return partIds.isEmpty() ? List.of() : parts.refs(partIds);
    }

    private static Set<Long> campaignsOf(List<PartRef> refs) {
        Set<Long> out = new TreeSet<>();
        refs.forEach(r -> out.add(r.campaignId()));
        return out;
    }
}
