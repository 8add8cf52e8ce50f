package vn.thituyen.campaign.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostStandardRepository extends JpaRepository<PostStandard, Long> {

    List<PostStandard> findByPositionIdOrderByOrdinal(Long positionId);

    List<PostStandard> findByPositionIdInOrderByPositionIdAscOrdinalAsc(Collection<Long> positionIds);
}
