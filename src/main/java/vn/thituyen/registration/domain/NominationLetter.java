package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.common.StoredFile;

/** The managing agency's nomination letter (công văn cử cán bộ dự thi), a PDF; a new upload is a new row. */
@Entity
@Table(name = "nomination_letter")
public class NominationLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected NominationLetter() {
    }

    public NominationLetter(long applicationId, String fileName, byte[] data, String uploadedBy,
            Instant uploadedAt) {
        this.applicationId = applicationId;
        this.file = StoredFile.of(fileName, data);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
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
}
