package vn.thituyen.delivery.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperItemRepository extends JpaRepository<PaperItem, Long>, PaperItemBatch {
    List<PaperItem> findByAttemptPartIdOrderBySeq(Long attemptPartId);

    long countByAttemptPartId(Long attemptPartId);
}
