package vn.thituyen.grading.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

    List<Appeal> findByCampaignIdOrderByFiledAtAscIdAsc(long campaignId);

    List<Appeal> findByApplicationIdOrderByPartNo(long applicationId);

    List<Appeal> findByPositionIdAndPartNoOrderById(long positionId, int partNo);

    Optional<Appeal> findByApplicationIdAndPositionIdAndPartNo(long applicationId, long positionId, int partNo);
}
