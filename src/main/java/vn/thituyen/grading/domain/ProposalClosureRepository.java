package vn.thituyen.grading.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalClosureRepository extends JpaRepository<ProposalClosure, Long> {

    boolean existsByPositionId(long positionId);
}
