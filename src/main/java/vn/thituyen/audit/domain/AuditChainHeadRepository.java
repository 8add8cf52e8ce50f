package vn.thituyen.audit.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Integer> {

    /**
     * Locks the chain's head until the transaction ends: a writer that waited reads the hash its predecessor
     * committed (a locking read sees the latest committed row), so two writers never link to the same entry.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = 1")
    Optional<AuditChainHead> lock();
}
