package vn.thituyen.delivery.domain;

import java.time.Instant;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttemptPartRepository extends JpaRepository<AttemptPart, Long>, PartLocks {
    List<AttemptPart> findByAttemptIdOrderByPartNo(Long attemptId);

    @Query("select p.id from AttemptPart p where p.closedAt is null and p.deadline is not null and p.deadline <= ?1")
    List<Long> findExpiredIds(Instant now);

    /**
     * Locks the part: a save and the closing of the part take turns, so an answer is either in the score or
     * refused, never acknowledged and then left out.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AttemptPart p where p.id = ?1")
    Optional<AttemptPart> lockById(Long id);

    /** The stored closing time, read from the database (not from an entity loaded earlier). */
    @Query("select p.closedAt from AttemptPart p where p.id = ?1")
    Instant closedAtInDatabase(Long id);
}
