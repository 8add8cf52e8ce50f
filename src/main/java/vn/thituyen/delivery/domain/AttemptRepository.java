package vn.thituyen.delivery.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {
    List<Attempt> findByCandidateNumber(String candidateNumber);

    List<Attempt> findBySittingIdOrderByCandidateNumber(Long sittingId);

    Optional<Attempt> findByApplicationId(Long applicationId);

    /** Presence written without loading the attempt (see {@link Attempt#presenceDue}). */
    @Modifying
    @Query("update Attempt a set a.lastSeenAt = ?2 where a.id = ?1")
    int markSeen(Long id, Instant at);
}
