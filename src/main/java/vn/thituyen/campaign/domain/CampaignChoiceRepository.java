package vn.thituyen.campaign.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignChoiceRepository extends JpaRepository<CampaignChoice, String> {
}
