package vn.thituyen.delivery.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {
    List<Attempt> findByCandidateNumber(String candidateNumber);

    List<Attempt> findBySittingIdOrderByCandidateNumber(Long sittingId);

    Optional<Attempt> findByApplicationId(Long applicationId);
}
