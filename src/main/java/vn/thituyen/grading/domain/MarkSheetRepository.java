package vn.thituyen.grading.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MarkSheetRepository extends JpaRepository<MarkSheet, Long> {

    List<MarkSheet> findByScriptIdIn(Collection<Long> scriptIds);

    Optional<MarkSheet> findByScriptIdAndKind(long scriptId, MarkSheet.Kind kind);

    /** The sheets of candidates' parts marked in person (members' scores, decisions), oldest first. */
    List<MarkSheet> findByApplicationIdInOrderById(Collection<Long> applicationIds);
}
