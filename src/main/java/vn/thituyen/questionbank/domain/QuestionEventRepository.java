package vn.thituyen.questionbank.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionEventRepository extends JpaRepository<QuestionEvent, Long> {

    List<QuestionEvent> findByFamilyIdOrderByIdAsc(Long familyId);
}
