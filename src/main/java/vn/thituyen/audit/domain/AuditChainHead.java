package vn.thituyen.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row holding the head of the audit log: the last entry's hash, how many entries the chain holds, the
 * first entry of its keyed part, and an HMAC over the three ({@link ChainSeal#headMac}). Appending writers take
 * turns on its lock.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    @Id
    private Integer id;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;
    @Column(name = "entry_count", nullable = false)
    private long entryCount;
    @Column(name = "keyed_from_id")
    private Long keyedFromId;
    @Column(name = "head_mac")
    private String headMac;

    protected AuditChainHead() {
    }

    public String getLastHash() { return lastHash; }
    public long getEntryCount() { return entryCount; }
    public Long getKeyedFromId() { return keyedFromId; }
    public String getHeadMac() { return headMac; }

    /** Whether the chain has become keyed (the first start with a key after an older version). */
    public boolean isKeyed() {
        return keyedFromId != null && headMac != null;
    }

    /**
     * The chain becomes keyed: entries from {@code firstKeyedId} on carry an HMAC; the head is sealed over the
     * chain as it stands ({@code entries} entries ending in the current last hash).
     */
    public void keyFrom(long firstKeyedId, long entries, ChainSeal seal) {
        keyedFromId = firstKeyedId;
        entryCount = entries;
        headMac = seal.headMac(lastHash, entryCount, keyedFromId);
    }

    public void advance(AuditEntry appended, ChainSeal seal) {
        lastHash = appended.getHash();
        entryCount++;
        headMac = seal.headMac(lastHash, entryCount, keyedFromId);
    }

    /** Whether the head's own seal matches what it says. */
    public boolean sealIntact(ChainSeal seal) {
        return isKeyed() && ChainSeal.same(headMac, seal.headMac(lastHash, entryCount, keyedFromId));
    }
}
