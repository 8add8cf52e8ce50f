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

    /** Every document of a campaign's applications, withdrawn ones too, without their bytes (for the backup). */
    @Query("select new vn.thituyen.registration.domain.CandidateDocumentEntry(d.id, d.applicationId, d.purpose,"
            + " d.claim, d.contentType, d.file.fileName, d.file.sizeBytes, d.file.sha256, d.storedIn, d.uploadedBy,"
            + " d.uploadedAt, d.withdrawnBy, d.withdrawnAt) from CandidateDocument d where d.applicationId in"
            + " (select a.id from Candidacy a where a.campaignId = ?1) order by d.applicationId, d.id")
    List<CandidateDocumentEntry> ofCampaign(long campaignId);

    /** One document's bytes as the database holds them (nothing for one kept in the directory). */
    @Query("select d.file.data from CandidateDocument d where d.id = ?1")
    byte[] dataOf(long id);
}
