package vn.thituyen.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaperItemRepository extends JpaRepository<PaperItem, Long>, PaperItemBatch {
    List<PaperItem> findByAttemptPartIdOrderBySeq(Long attemptPartId);

    long countByAttemptPartId(Long attemptPartId);

    @Query("select new vn.thituyen.delivery.domain.PaperLine(i.attemptPartId, i.id, i.questionId) from PaperItem i"
            + " where i.attemptPartId in ?1")
    List<PaperLine> linesOf(Collection<Long> partIds);

    /** The parts whose paper holds this question version. */
    @Query("select distinct i.attemptPartId from PaperItem i where i.questionId = ?1")
    List<Long> partsHolding(long questionId);
}
