package vn.thituyen.grading.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WrittenPartRepository extends JpaRepository<WrittenPart, Long> {

    Optional<WrittenPart> findByPositionIdAndPartNoAndPurpose(long positionId, int partNo, WrittenPart.Purpose purpose);

    List<WrittenPart> findByCampaignIdOrderByPositionIdAscPartNoAsc(long campaignId);
}
