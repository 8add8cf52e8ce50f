package vn.thituyen.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostDecisionRepository extends JpaRepository<PostDecision, Long> {

    List<PostDecision> findByPositionIdOrderById(Long positionId);
}
