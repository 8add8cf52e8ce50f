package vn.thituyen.grading.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalFileRepository extends JpaRepository<ProposalFile, Long> {

    Optional<ProposalFile> findFirstByApplicationIdOrderByIdDesc(long applicationId);

    long countByApplicationId(long applicationId);
}
