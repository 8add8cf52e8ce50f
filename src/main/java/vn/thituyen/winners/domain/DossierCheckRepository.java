package vn.thituyen.winners.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierCheckRepository extends JpaRepository<DossierCheck, Long> {
    List<DossierCheck> findByDossierIdOrderByIdAsc(Long dossierId);
}
