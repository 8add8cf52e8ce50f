package vn.thituyen.delivery.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    /** The latest answer of each item of an attempt. */
    @Query("select a from Answer a where a.attemptId = ?1 and a.id = "
            + "(select max(b.id) from Answer b where b.paperItemId = a.paperItemId)")
    List<Answer> latestForAttempt(Long attemptId);

    Optional<Answer> findTopByPaperItemIdOrderByIdDesc(Long paperItemId);

    List<Answer> findByAttemptIdOrderById(Long attemptId);

    /**
     * [paper item id, chosen original index] of the latest answer to every answered item of these attempts (the
     * index is null when the candidate cleared the answer), in one query for many attempts.
     */
    @Query("select a.paperItemId, a.chosenIdx from Answer a where a.id in"
            + " (select max(b.id) from Answer b where b.attemptId in ?1 group by b.paperItemId)")
    List<Object[]> latestChoices(Collection<Long> attemptIds);
}
