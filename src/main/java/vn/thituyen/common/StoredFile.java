package vn.thituyen.common;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/**
 * A file kept in the database as it was received or issued (a nomination letter, a đề án, an official paper): the name
 * it is served under, its size, its SHA-256 (taken here, from the very bytes kept) and the bytes. Columns
 * {@code file_name}, {@code size_bytes}, {@code sha256}, {@code data}. Never changed once made.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    protected StoredFile() {
    }

    private StoredFile(String fileName, byte[] data) {
        this.fileName = fileName;
        this.sizeBytes = data.length;
        this.sha256 = Digests.sha256(data);
        this.data = data;
    }

    public static StoredFile of(String fileName, byte[] data) {
        return new StoredFile(fileName, data);
    }

    /**
     * A file whose bytes are kept outside the database (a configured directory): the name, size and SHA-256 of
     * {@code data} are kept here, the bytes column holds nothing.
     */
    public static StoredFile kept(String fileName, byte[] data) {
        StoredFile f = new StoredFile(fileName, data);
        f.data = new byte[0];
        return f;
    }

    public String fileName() {
        return fileName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] data() {
        return data;
    }
}
