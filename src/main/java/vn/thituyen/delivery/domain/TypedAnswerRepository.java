package vn.thituyen.delivery.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypedAnswerRepository extends JpaRepository<TypedAnswer, Long> {

    Optional<TypedAnswer> findFirstByScriptIdAndQuestionNoOrderByIdDesc(Long scriptId, int questionNo);

    /** The latest save of each question of a script: its answers. */
    @org.springframework.data.jpa.repository.Query("select a from TypedAnswer a where a.scriptId = ?1 and a.id = "
            + "(select max(b.id) from TypedAnswer b where b.scriptId = a.scriptId and b.questionNo = a.questionNo) "
            + "order by a.questionNo")
    List<TypedAnswer> latest(Long scriptId);

    long countByScriptId(Long scriptId);
}
