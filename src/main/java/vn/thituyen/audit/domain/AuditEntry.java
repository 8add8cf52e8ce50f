package vn.thituyen.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of the append-only audit log (nhật ký); its hash covers its content and the previous hash
 * ({@link ChainSeal}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false, length = 4000)
    private String details;
    @Column(name = "prev_hash", nullable = false)
    private String prevHash;
    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    /** An entry of the keyed chain: its hash is the seal's HMAC over its content. */
    public AuditEntry(Instant occurredAt, String actor, String action, String subject, String details,
            String prevHash, ChainSeal seal) {
        // whole seconds: what every supported database keeps (Connector/J sends MariaDB no fractions), so the hash
        // recomputed from the stored row matches
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details.length() > 4000 ? details.substring(0, 4000) : details;
        this.prevHash = prevHash;
        this.hash = seal.keyedHash(content());
    }

    /** The text the hash covers, read from the stored row. */
    public String content() {
        return ChainSeal.content(prevHash, occurredAt.toEpochMilli(), actor, action, subject, details);
    }

    /** The hash this row should carry: keyed from {@code keyedFromId} on, plain SHA-256 before (older entries). */
    public String expectedHash(ChainSeal seal, long keyedFromId) {
        return id != null && id >= keyedFromId ? seal.keyedHash(content()) : ChainSeal.legacyHash(content());
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetails() { return details; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
