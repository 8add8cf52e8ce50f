package vn.thituyen.campaign.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ExamPartRepository extends JpaRepository<ExamPart, Long> {

    List<ExamPart> findByPositionIdOrderByRoundAscPartAsc(Long positionId);

    List<ExamPart> findByPositionIdIn(Collection<Long> positionIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ExamPart p where p.positionId = ?1 and p.round = ?2")
    void deleteRound(Long positionId, int round);
}
