package vn.thituyen.notices.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SummonsRepository extends JpaRepository<Summons, Long> {
    List<Summons> findByCampaignIdOrderByRoundNo(long campaignId);

    Optional<Summons> findByCampaignIdAndRoundNo(long campaignId, int roundNo);
}
