package vn.thituyen.questionbank.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    @Query("select q.id from Question q where q.bankId = ?1 and q.purged = false order by q.id")
    List<Long> idsInBank(Long bankId);

    long countByBankIdAndPurgedFalse(Long bankId);

    @Query("select coalesce(max(q.seq), 0) from Question q where q.bankId = ?1")
    int maxSeq(Long bankId);

    @Query("select distinct q from Question q left join fetch q.options where q.id in ?1")
    List<Question> findWithOptions(Collection<Long> ids);
}
