package vn.thituyen.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ViolationRepository extends JpaRepository<Violation, Long> {
    List<Violation> findByAttemptIdInOrderByRecordedAt(Collection<Long> attemptIds);

    /** [attempt id, part number] of the parts a suspension or cancellation closed while they ran (scored 0). */
    @Query("select v.attemptId, v.partNo from Violation v where v.attemptId in ?1 and v.partNo is not null"
            + " and v.sanction in (vn.thituyen.delivery.Sanction.SUSPENSION, vn.thituyen.delivery.Sanction.CANCELLATION)")
    List<Object[]> partsClosedBySanction(Collection<Long> attemptIds);
}
