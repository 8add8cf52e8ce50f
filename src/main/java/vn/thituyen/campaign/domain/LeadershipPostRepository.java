package vn.thituyen.campaign.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipPostRepository extends JpaRepository<LeadershipPost, Long> {

    List<LeadershipPost> findByPositionIdIn(Collection<Long> positionIds);
}
