package vn.thituyen.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignStepRepository extends JpaRepository<CampaignStep, Long> {

    List<CampaignStep> findByCampaignIdOrderByIdAsc(Long campaignId);
}
