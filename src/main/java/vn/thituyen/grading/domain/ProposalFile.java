package vn.thituyen.grading.domain;

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

/** One upload of a candidate's đề án; every upload is kept, the latest is the one the council reads. */
@Entity
@Table(name = "proposal_file")
public class ProposalFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalFileRule.Format format;
    @Embedded
    private StoredFile file;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProposalFile() {
    }

    /** @param fileName the name it is served under ({@link ProposalFileRule#servedName}) */
    public ProposalFile(long applicationId, String fileName, ProposalFileRule.Format format, byte[] data,
            String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.format = format;
        this.file = StoredFile.of(fileName, data);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getFileName() {
        return file.fileName();
    }

    public ProposalFileRule.Format getFormat() {
        return format;
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

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
