package vn.thituyen.grading.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScriptTextRepository extends JpaRepository<ScriptText, ScriptText.Key> {

    List<ScriptText> findByScriptIdOrderByQuestionNo(Long scriptId);
}
