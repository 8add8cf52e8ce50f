package vn.thituyen.results.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultEntryRepository extends JpaRepository<ResultEntry, Long> {
    List<ResultEntry> findByResultSetIdOrderByPositionNameAscRankAscCandidateNumberAsc(Long resultSetId);
}
