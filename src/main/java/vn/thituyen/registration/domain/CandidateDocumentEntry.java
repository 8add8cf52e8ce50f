package vn.thituyen.registration.domain;

import java.time.Instant;
import vn.thituyen.registration.DocumentPurpose;

/** A document's record without its bytes, withdrawn ones included: what the campaign's backup lists. */
public record CandidateDocumentEntry(long id, long applicationId, DocumentPurpose purpose, String claim,
        String contentType, String fileName, long sizeBytes, String sha256, CandidateDocument.StoredIn storedIn,
        String uploadedBy, Instant uploadedAt, String withdrawnBy, Instant withdrawnAt) {
}
