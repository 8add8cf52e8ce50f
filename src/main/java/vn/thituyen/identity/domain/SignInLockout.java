package vn.thituyen.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A temporary lockout after repeated failed sign-ins (khóa đăng nhập tạm thời); kept after it ends, as history. */
@Entity
@Table(name = "sign_in_lockout")
public class SignInLockout {

    public enum Kind { LOGIN, ADDRESS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_key", nullable = false)
    private String subjectKey;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    @Column(nullable = false)
    private String subject;
    private String address;
    @Column(name = "locked_at", nullable = false)
    private Instant lockedAt;
    @Column(name = "locked_until", nullable = false)
    private Instant lockedUntil;
    @Column(name = "lifted_at")
    private Instant liftedAt;
    @Column(name = "lifted_by")
    private String liftedBy;

    protected SignInLockout() {
    }

    public SignInLockout(String subjectKey, Kind kind, String subject, String address, Instant lockedAt,
            Instant lockedUntil) {
        this.subjectKey = subjectKey;
        this.kind = kind;
        this.subject = subject;
        this.address = address;
        this.lockedAt = lockedAt;
        this.lockedUntil = lockedUntil;
    }

    public void lift(String by, Instant at) {
        if (liftedAt == null) {
            liftedAt = at;
            liftedBy = by;
        }
    }

    public Long getId() { return id; }
    public String getSubjectKey() { return subjectKey; }
    public Kind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getAddress() { return address; }
    public Instant getLockedAt() { return lockedAt; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLiftedAt() { return liftedAt; }
    public String getLiftedBy() { return liftedBy; }
}
