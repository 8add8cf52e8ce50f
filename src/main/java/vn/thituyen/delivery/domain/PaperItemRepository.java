package vn.thituyen.delivery.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperItemRepository extends JpaRepository<PaperItem, Long> {
    List<PaperItem> findByAttemptPartIdOrderBySeq(Long attemptPartId);

    long countByAttemptPartId(Long attemptPartId);

    /** Serialises saves of one item (two tabs, a retried message): each sees the other's committed answer. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from PaperItem i where i.id = ?1")
    Optional<PaperItem> lockById(Long id);
}
