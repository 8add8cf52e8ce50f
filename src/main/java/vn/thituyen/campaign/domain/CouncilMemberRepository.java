package vn.thituyen.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

    List<CouncilMember> findByCampaignIdOrderByRoleAscIdAsc(Long campaignId);

    List<CouncilMember> findByUserId(long userId);

    boolean existsByCampaignIdAndUserId(long campaignId, long userId);
}
