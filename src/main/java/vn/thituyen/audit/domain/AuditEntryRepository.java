package vn.thituyen.audit.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findAllByOrderByIdAsc();

    List<AuditEntry> findTop500ByOrderByIdDesc();

    /** One page of the log, newest first. */
    List<AuditEntry> findAllByOrderByIdDesc(org.springframework.data.domain.Pageable page);

    /** One page of the chain in order, after the entry {@code afterId}: verification reads it page by page. */
    List<AuditEntry> findTop1000ByIdGreaterThanOrderByIdAsc(long afterId);

    @Query("select max(e.id) from AuditEntry e")
    Optional<Long> maxId();

    /** The hashes of the chain in order, from the first: {@code entries[n - 1]} for a checkpoint of n entries. */
    @Query(value = "select hash from audit_entry order by id limit 1 offset ?1", nativeQuery = true)
    Optional<String> hashAtPosition(long zeroBasedPosition);
}
