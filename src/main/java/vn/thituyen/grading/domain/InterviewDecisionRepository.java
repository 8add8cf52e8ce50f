package vn.thituyen.grading.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewDecisionRepository extends JpaRepository<InterviewDecision, Long> {
    List<InterviewDecision> findByApplicationIdInOrderById(Collection<Long> applicationIds);
}
