package vn.thituyen.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row holding the hash of the audit log's last entry; appending writers take turns on its lock. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    @Id
    private Integer id;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChainHead() {
    }

    public String getLastHash() { return lastHash; }

    public void advance(AuditEntry appended) {
        lastHash = appended.getHash();
    }
}
