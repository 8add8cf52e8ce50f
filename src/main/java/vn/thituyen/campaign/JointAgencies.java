package vn.thituyen.campaign;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.domain.PositionAgency;
import vn.thituyen.campaign.domain.PositionAgencyRepository;

/**
 * The agencies of joint positions (vị trí việc làm tuyển dụng chung, ND 170/2025/NĐ-CP), as announced: public
 * information like the positions themselves, read by registration (the candidate's order of preference) and results
 * (placing the winners). A position without agencies is an ordinary one. Set up by
 * {@link CampaignSetupService#savePosition(long, Long, CampaignSetupService.PositionDraft, String)}.
 */
@Service
public class JointAgencies {

    private final PositionAgencyRepository agencies;

    JointAgencies(PositionAgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** The position's agencies in the announced order; empty for an ordinary position. */
    @Transactional(readOnly = true)
    public List<JointAgency> of(long positionId) {
        return agencies.findByPositionIdOrderBySeq(positionId).stream().map(JointAgencies::info).toList();
    }

    /** The agencies of each joint position among these, by position; ordinary positions are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<JointAgency>> of(Collection<Long> positionIds) {
        Map<Long, List<JointAgency>> out = new LinkedHashMap<>();
        if (positionIds.isEmpty()) {
            return out;
        }
        for (PositionAgency a : agencies.findByPositionIdInOrderBySeq(positionIds)) {
            out.computeIfAbsent(a.getPositionId(), k -> new java.util.ArrayList<>()).add(info(a));
        }
        return out;
    }

    /** Whether the rule set lets a campaign have joint positions (ND 170/2025: the 2025 civil-servant set). */
    public static boolean allowed(RuleSet ruleSet) {
        return ruleSet.parameters().jointPositions() != null;
    }

    static JointAgency info(PositionAgency a) {
        return new JointAgency(a.getId(), a.getPositionId(), a.getName(), a.getPlaces());
    }
}
