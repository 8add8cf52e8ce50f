package vn.thituyen.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RelativeDeclarationRepository extends JpaRepository<RelativeDeclaration, Long> {

    List<RelativeDeclaration> findByCampaignIdAndUserId(Long campaignId, Long userId);

    List<RelativeDeclaration> findByCampaignId(Long campaignId);
}
