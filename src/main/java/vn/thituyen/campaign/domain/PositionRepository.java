package vn.thituyen.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionRepository extends JpaRepository<Position, Long> {

    List<Position> findByCampaignIdOrderByCode(Long campaignId);
}
