package vn.thituyen.grading.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PresentationLotRepository extends JpaRepository<PresentationLot, Long> {

    Optional<PresentationLot> findByPositionId(long positionId);
}
