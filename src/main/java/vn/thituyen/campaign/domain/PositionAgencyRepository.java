package vn.thituyen.campaign.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PositionAgencyRepository extends JpaRepository<PositionAgency, Long> {

    List<PositionAgency> findByPositionIdOrderBySeq(Long positionId);

    List<PositionAgency> findByPositionIdInOrderBySeq(Collection<Long> positionIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PositionAgency a where a.positionId = ?1")
    void deleteByPosition(Long positionId);
}
