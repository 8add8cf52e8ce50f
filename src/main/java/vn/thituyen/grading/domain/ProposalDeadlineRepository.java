package vn.thituyen.grading.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalDeadlineRepository extends JpaRepository<ProposalDeadline, Long> {

    Optional<ProposalDeadline> findFirstByPositionIdOrderByIdDesc(long positionId);
}
