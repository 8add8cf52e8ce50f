package vn.thituyen.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ViolationRepository extends JpaRepository<Violation, Long> {
    List<Violation> findByAttemptIdInOrderByRecordedAt(Collection<Long> attemptIds);
}
