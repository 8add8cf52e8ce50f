package vn.thituyen.results.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultEntryRepository extends JpaRepository<ResultEntry, Long> {
    List<ResultEntry> findByResultSetIdOrderByPositionNameAscRankAscCandidateNumberAsc(Long resultSetId);

    /** One page of a result list in the list's order: position, then rank (unranked last), then candidate number. */
    @org.springframework.data.jpa.repository.Query("select e from ResultEntry e where e.resultSetId = ?1 order by"
            + " e.positionName, case when e.rank is null then 1 else 0 end, e.rank, e.candidateNumber")
    List<ResultEntry> page(Long resultSetId, org.springframework.data.domain.Pageable page);

    long countByResultSetId(Long resultSetId);

    java.util.Optional<ResultEntry> findByResultSetIdAndApplicationId(Long resultSetId, Long applicationId);
}
