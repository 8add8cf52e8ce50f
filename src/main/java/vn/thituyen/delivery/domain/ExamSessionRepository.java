package vn.thituyen.delivery.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamSessionRepository extends JpaRepository<ExamSession, Long> {
    Optional<ExamSession> findByTokenHash(String tokenHash);
}
