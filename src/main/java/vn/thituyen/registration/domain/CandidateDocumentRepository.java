package vn.thituyen.registration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CandidateDocumentRepository extends JpaRepository<CandidateDocument, Long> {

    /** The documents that count (not withdrawn), oldest first, without their bytes. */
    @Query("select new vn.thituyen.registration.domain.CandidateDocumentLine(d.id, d.applicationId, d.purpose,"
            + " d.claim, d.contentType, d.file.fileName, d.file.sizeBytes, d.file.sha256, d.uploadedAt)"
            + " from CandidateDocument d where d.applicationId = ?1 and d.withdrawnAt is null order by d.id")
    List<CandidateDocumentLine> current(long applicationId);
}
