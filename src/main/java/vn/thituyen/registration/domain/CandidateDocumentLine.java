package vn.thituyen.registration.domain;

import java.time.Instant;
import vn.thituyen.registration.DocumentPurpose;

/** A document as listed: everything but its bytes (a list of scans must not read megabytes). */
public record CandidateDocumentLine(long id, long applicationId, DocumentPurpose purpose, String claim,
        String contentType, String fileName, long sizeBytes, String sha256, Instant uploadedAt) {
}
