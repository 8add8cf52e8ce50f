package vn.thituyen.grading.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfidenceBallotRepository extends JpaRepository<ConfidenceBallot, Long> {

    boolean existsByApplicationIdAndMemberId(long applicationId, long memberId);

    List<ConfidenceBallot> findByApplicationIdInOrderById(Collection<Long> applicationIds);
}
