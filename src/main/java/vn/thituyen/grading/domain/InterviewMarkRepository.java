package vn.thituyen.grading.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewMarkRepository extends JpaRepository<InterviewMark, Long> {
    List<InterviewMark> findByApplicationIdInOrderById(Collection<Long> applicationIds);
}
