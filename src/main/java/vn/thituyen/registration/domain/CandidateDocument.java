package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.common.StoredFile;
import vn.thituyen.registration.DocumentPurpose;

/**
 * A scan the candidate uploaded with the application (tài liệu minh chứng), for one purpose and, for a priority,
 * the category it proves. Never changed once made, except that the candidate may withdraw it (who, when) while the
 * application may still be changed; the row and its bytes stay.
 */
@Entity
@Table(name = "candidate_document")
public class CandidateDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentPurpose purpose;

    /** The priority category a PRIORITY document proves; null otherwise. */
    private String claim;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Embedded
    private StoredFile file;

    /** Where the bytes are: the database, or the configured directory ({@code registration.DocumentStore}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "stored_in", nullable = false)
    private StoredIn storedIn = StoredIn.DATABASE;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected CandidateDocument() {
    }

    /** Where a document's bytes are kept. */
    public enum StoredIn { DATABASE, DIRECTORY }

    public CandidateDocument(long applicationId, DocumentPurpose purpose, String claim, String contentType,
            String fileName, byte[] data, String uploadedBy, Instant uploadedAt) {
        this(applicationId, purpose, claim, contentType, fileName, data, StoredIn.DATABASE, uploadedBy, uploadedAt);
    }

    public CandidateDocument(long applicationId, DocumentPurpose purpose, String claim, String contentType,
            String fileName, byte[] data, StoredIn storedIn, String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.purpose = purpose;
        this.claim = claim;
        this.contentType = contentType;
        this.storedIn = storedIn;
        this.file = storedIn == StoredIn.DIRECTORY ? StoredFile.kept(fileName, data) : StoredFile.of(fileName, data);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The candidate takes the document back: it no longer counts, and is kept. */
    public void withdraw(String by, Instant at) {
        if (withdrawnAt == null) {
            this.withdrawnBy = by;
            this.withdrawnAt = at;
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Long getId() {
        return id;
    }

    public StoredIn getStoredIn() {
        return storedIn;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public DocumentPurpose getPurpose() {
        return purpose;
    }

    public String getClaim() {
        return claim;
    }

    public String getContentType() {
        return contentType;
    }

    public String getFileName() {
        return file.fileName();
    }

    public long getSizeBytes() {
        return file.sizeBytes();
    }

    public String getSha256() {
        return file.sha256();
    }

    public byte[] getData() {
        return file.data();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
