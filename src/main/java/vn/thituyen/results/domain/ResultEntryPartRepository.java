package vn.thituyen.results.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultEntryPartRepository extends JpaRepository<ResultEntryPart, Long> {
    List<ResultEntryPart> findByResultEntryIdOrderByPartNo(Long resultEntryId);
}
