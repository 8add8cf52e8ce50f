package vn.thituyen.results.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TieDecisionRepository extends JpaRepository<TieDecision, Long> {
    List<TieDecision> findByResultSetId(Long resultSetId);
}
