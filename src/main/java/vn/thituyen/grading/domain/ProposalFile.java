package vn.thituyen.grading.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One upload of a candidate's đề án; every upload is kept, the latest is the one the council reads. */
@Entity
@Table(name = "proposal_file")
public class ProposalFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    /** the name it is served under ({@link ProposalFileRule#servedName}) */
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalFileRule.Format format;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProposalFile() {
    }

    public ProposalFile(long applicationId, String fileName, ProposalFileRule.Format format, byte[] data,
            String sha256, String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.format = format;
        this.sizeBytes = data.length;
        this.data = data;
        this.sha256 = sha256;
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
        return fileName;
    }

    public ProposalFileRule.Format getFormat() {
        return format;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getData() {
        return data;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
