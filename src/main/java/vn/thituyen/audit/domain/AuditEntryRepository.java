package vn.thituyen.audit.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Locks the chain's last row so two writers never link to the same predecessor. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AuditEntry> findTopByOrderByIdDesc();

    List<AuditEntry> findAllByOrderByIdAsc();

    List<AuditEntry> findTop500ByOrderByIdDesc();
}
