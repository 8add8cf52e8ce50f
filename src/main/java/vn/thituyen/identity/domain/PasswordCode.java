package vn.thituyen.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code to set a password; only its SHA-256 is stored. */
@Entity
@Table(name = "password_code")
public class PasswordCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "code_hash", nullable = false)
    private String codeHash;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PasswordCode() {
    }

    public PasswordCode(long userId, String codeHash, Instant expiresAt, String createdBy, Instant createdAt) {
        this.userId = userId;
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Usable: not used, not replaced by a newer code, not expired. */
    public boolean usableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public void revoke(Instant at) {
        if (usedAt == null && revokedAt == null) {
            this.revokedAt = at;
        }
    }

    public Long getUserId() {
        return userId;
    }
}
