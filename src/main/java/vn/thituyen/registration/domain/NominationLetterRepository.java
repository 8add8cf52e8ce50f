package vn.thituyen.registration.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationLetterRepository extends JpaRepository<NominationLetter, Long> {

    Optional<NominationLetter> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

    boolean existsByApplicationId(Long applicationId);
}
