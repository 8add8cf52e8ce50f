package vn.thituyen.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PaperItemRepository extends JpaRepository<PaperItem, Long>, PaperItemBatch {
    List<PaperItem> findByAttemptPartIdOrderBySeq(Long attemptPartId);

    long countByAttemptPartId(Long attemptPartId);

    @Query("select new vn.thituyen.delivery.domain.PaperLine(i.attemptPartId, i.id, i.questionId) from PaperItem i"
            + " where i.attemptPartId in ?1")
    List<PaperLine> linesOf(Collection<Long> partIds);

    /**
     * Sets the candidate's "review later" marker on an item of their own running part, in one statement; 0 rows
     * when the item is not theirs or the part is not running.
     */
    @Modifying
    @Query(value = "update paper_item set flagged = ?3 where id = ?1 and attempt_part_id in (select p.id from"
            + " attempt_part p where p.attempt_id = ?2 and p.started_at is not null and p.closed_at is null)",
            nativeQuery = true)
    int flag(long itemId, long attemptId, boolean flagged);

    /** The parts whose paper holds this question version. */
    @Query("select distinct i.attemptPartId from PaperItem i where i.questionId = ?1")
    List<Long> partsHolding(long questionId);

    /**
     * Sittings, not closed, on which one of these questions sits on a paper whose part is still to be sat or
     * running: purging those questions would blank a candidate's screen.
     */
    @Query("select distinct s.id from PaperItem i, AttemptPart p, Attempt a, Sitting s where i.attemptPartId = p.id"
            + " and p.attemptId = a.id and a.sittingId = s.id and i.questionId in ?1 and p.closedAt is null"
            + " and p.exempt = false and s.status <> ?2")
    List<Long> sittingsStillUsing(Collection<Long> questionIds, Sitting.Status closed);
}
