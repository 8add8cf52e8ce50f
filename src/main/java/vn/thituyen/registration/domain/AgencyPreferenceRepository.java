package vn.thituyen.registration.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyPreferenceRepository extends JpaRepository<AgencyPreference, Long> {

    Optional<AgencyPreference> findTopByApplicationIdOrderByVersionDesc(Long applicationId);

    List<AgencyPreference> findByApplicationIdInOrderByApplicationIdAscVersionAsc(Collection<Long> applicationIds);
}
