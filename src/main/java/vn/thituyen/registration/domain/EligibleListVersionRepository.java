package vn.thituyen.registration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibleListVersionRepository extends JpaRepository<EligibleListVersion, Long> {

    List<EligibleListVersion> findByCampaignIdOrderByVersionAsc(long campaignId);

    Optional<EligibleListVersion> findTopByCampaignIdOrderByVersionDesc(long campaignId);
}
