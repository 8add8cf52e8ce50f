package vn.thituyen.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** One line of the append-only audit log (nhật ký); its hash covers its content and the previous hash. */
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

    public AuditEntry(Instant occurredAt, String actor, String action, String subject, String details,
            String prevHash) {
        // whole seconds: what every supported database keeps (Connector/J sends MariaDB no fractions), so the hash
        // recomputed from the stored row matches
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details.length() > 4000 ? details.substring(0, 4000) : details;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    public String computeHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String content = prevHash + "|" + occurredAt.toEpochMilli() + "|" + actor + "|" + action + "|" + subject
                    + "|" + details;
            return HexFormat.of().formatHex(md.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
