package vn.thituyen.campaign.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thituyen.campaign.CouncilRole;
import vn.thituyen.campaign.Relation;

/**
 * The recruitment council (ND 138/2020/NĐ-CP Art. 6; ND 115/2020/NĐ-CP Art. 7): 5 or 7 members — a chair, a
 * vice-chair, a member-secretary and members; nobody may serve whose parent, sibling, spouse, spouse's sibling or
 * child is a candidate.
 */
public final class CouncilRule {

    private CouncilRule() {
    }

    /** What keeps a council from being complete; empty = complete. Message keys. */
    public static List<String> gaps(Collection<CouncilRole> seats) {
        List<String> gaps = new ArrayList<>();
        int size = seats.size();
        if (size != 5 && size != 7) {
            gaps.add("council.gap.size");
        }
        for (CouncilRole single : List.of(CouncilRole.CHAIR, CouncilRole.VICE_CHAIR, CouncilRole.SECRETARY)) {
            long n = seats.stream().filter(r -> r == single).count();
            if (n != 1) {
                gaps.add("council.gap." + single);
            }
        }
        return gaps;
    }

    /** A seat that can have one holder only is taken. */
    public static boolean seatTaken(Collection<CouncilRole> seats, CouncilRole wanted) {
        return wanted != CouncilRole.MEMBER && seats.contains(wanted);
    }

    /** One declared relative of a member. */
    public record Relative(String citizenId, String fullName, Relation relation) {
    }

    /** The member's declared relatives who are candidates of the campaign: each one bars the member. */
    public static List<Relative> conflicts(Collection<Relative> declared, Set<String> candidateCitizenIds) {
        return declared.stream().filter(r -> r.relation() != null && candidateCitizenIds.contains(r.citizenId()))
                .toList();
    }

    /** Convenience for a map of candidates (citizen id → name). */
    public static List<Relative> conflicts(Collection<Relative> declared, Map<String, String> candidates) {
        return conflicts(declared, candidates.keySet());
    }
}
