package vn.thituyen.delivery.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartRescoreRepository extends JpaRepository<PartRescore, Long> {

    List<PartRescore> findByKeyCorrectionIdOrderById(Long keyCorrectionId);

    long countByKeyCorrectionId(Long keyCorrectionId);
}
