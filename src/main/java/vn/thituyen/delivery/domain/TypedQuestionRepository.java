package vn.thituyen.delivery.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypedQuestionRepository extends JpaRepository<TypedQuestion, Long> {

    List<TypedQuestion> findByPaperIdOrderByQuestionNo(Long paperId);

    int countByPaperId(Long paperId);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("delete from TypedQuestion q where q.paperId = ?1")
    int deleteByPaper(Long paperId);
}
