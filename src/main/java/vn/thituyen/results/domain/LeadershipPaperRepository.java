package vn.thituyen.results.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipPaperRepository extends JpaRepository<LeadershipPaper, Long> {

    List<LeadershipPaper> findByResultSetIdOrderById(long resultSetId);
}
