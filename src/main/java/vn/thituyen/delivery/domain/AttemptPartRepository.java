package vn.thituyen.delivery.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttemptPartRepository extends JpaRepository<AttemptPart, Long> {
    List<AttemptPart> findByAttemptIdOrderByPartNo(Long attemptId);

    @Query("select p from AttemptPart p where p.closedAt is null and p.deadline is not null and p.deadline <= ?1")
    List<AttemptPart> findExpired(Instant now);
}
