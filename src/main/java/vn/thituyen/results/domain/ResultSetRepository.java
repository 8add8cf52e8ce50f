package vn.thituyen.results.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultSetRepository extends JpaRepository<ResultSet, Long> {
    Optional<ResultSet> findTopByCampaignIdOrderByVersionDesc(Long campaignId);

    Optional<ResultSet> findTopByCampaignIdAndStatusOrderByVersionDesc(Long campaignId, ResultSet.Status status);

    List<ResultSet> findByCampaignIdOrderByVersionDesc(Long campaignId);
}
