package vn.thituyen.winners.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WinnerDossierRepository extends JpaRepository<WinnerDossier, Long> {
    List<WinnerDossier> findByCampaignIdOrderByPositionIdAscIdAsc(Long campaignId);

    Optional<WinnerDossier> findByApplicationId(Long applicationId);
}
