package vn.thituyen.winners.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WinnerCancellationRepository extends JpaRepository<WinnerCancellation, Long> {
    List<WinnerCancellation> findByCampaignIdOrderByIdAsc(Long campaignId);

    Optional<WinnerCancellation> findByDossierId(Long dossierId);

    boolean existsByCampaignIdAndPositionId(Long campaignId, Long positionId);
}
