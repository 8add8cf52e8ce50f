package vn.thituyen.campaign.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByCode(String code);

    List<Campaign> findAllByOrderByCreatedAtDescIdDesc();
}
