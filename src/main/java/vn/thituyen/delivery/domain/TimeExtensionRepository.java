package vn.thituyen.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeExtensionRepository extends JpaRepository<TimeExtension, Long> {
    List<TimeExtension> findByAttemptPartIdIn(Collection<Long> partIds);
}
