package vn.thituyen.registration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardCheckRepository extends JpaRepository<StandardCheck, Long> {

    List<StandardCheck> findByApplicationIdOrderById(Long applicationId);
}
