package vn.thituyen.grading.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalBallotRepository extends JpaRepository<ProposalBallot, Long> {

    boolean existsByApplicationIdAndMemberId(long applicationId, long memberId);

    List<ProposalBallot> findByApplicationIdInOrderById(Collection<Long> applicationIds);

    boolean existsByPositionIdIn(Collection<Long> positionIds);

    long countByApplicationId(long applicationId);
}
