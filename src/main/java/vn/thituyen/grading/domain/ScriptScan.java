package vn.thituyen.grading.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The scanned body of a script (PDF), read by its markers by code; its SHA-256 recorded when uploaded. */
@Entity
@Table(name = "script_scan")
public class ScriptScan {

    @Id
    @Column(name = "script_id")
    private Long scriptId;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ScriptScan() {
    }

    public ScriptScan(long scriptId, String sha256, byte[] data, String by, Instant at) {
        this.scriptId = scriptId;
        this.sha256 = sha256;
        this.sizeBytes = data.length;
        this.data = data.clone();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** A new scan replaces the old one (a page missing, a better copy) until the key is opened. */
    public void replace(String newSha256, byte[] newData, String by, Instant at) {
        this.sha256 = newSha256;
        this.sizeBytes = newData.length;
        this.data = newData.clone();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long getScriptId() {
        return scriptId;
    }

    public String getSha256() {
        return sha256;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data.clone();
    }
}
