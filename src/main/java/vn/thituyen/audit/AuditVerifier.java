package vn.thituyen.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.audit.domain.AuditChainHead;
import vn.thituyen.audit.domain.AuditChainHeadRepository;
import vn.thituyen.audit.domain.AuditEntry;
import vn.thituyen.audit.domain.AuditEntryRepository;
import vn.thituyen.audit.domain.ChainSeal;

/**
 * Checks the audit chain: every entry links to the one before and carries the hash its stored content gives
 * (keyed from the head's first keyed entry on), the head's own seal holds, the chain holds exactly as many entries
 * as the head says and ends in the head's hash, nothing stands after the head, and the chain never goes back
 * from what this node saw before. Runs at start-up, on a schedule ({@code thituyen.audit.verify-ms}) and on
 * request; reads page by page, each page in its own short read-only transaction, never holding the head's lock,
 * so a chain of millions of entries is checked in little memory while exams go on. A broken chain raises the
 * alarm: an error in the log, the health indicator {@code auditChain} DOWN, a banner for administrators and
 * chairs.
 */
@Component
public class AuditVerifier implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(AuditVerifier.class);

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;
    private final ChainSeal seal;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writable;
    private final boolean adoptUnkeyedChain;
    private final AtomicReference<ChainCheck> last = new AtomicReference<>();
    /** the furthest point of the chain this node has seen intact: the chain may grow from it, never go back */
    private final AtomicReference<long[]> seenCount = new AtomicReference<>(new long[] {0});
    private final AtomicReference<String> seenHash = new AtomicReference<>(ChainSeal.GENESIS);

    AuditVerifier(AuditEntryRepository entries, AuditChainHeadRepository heads, ChainSeal seal, Clock clock,
            PlatformTransactionManager transactions, Environment env,
            @Value("${thituyen.audit.adopt-unkeyed-chain:false}") boolean adoptUnkeyedChain) {
        this.entries = entries;
        this.heads = heads;
        this.seal = seal;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writable = new TransactionTemplate(transactions);
        boolean demoOrTest = env.acceptsProfiles(org.springframework.core.env.Profiles.of("demo | test"));
        this.adoptUnkeyedChain = adoptUnkeyedChain || demoOrTest;
    }

    /** The outcome of one check. {@code brokenAt}: the first entry found wrong, when there is one. */
    public record ChainCheck(boolean intact, long entries, Long brokenAt, String reason, Instant checkedAt) {
    }

    /**
     * Before anything is appended: a new installation's empty chain becomes keyed; the chain of an older version
     * (plain SHA-256, no sealed head) becomes keyed from its next entry only when the operator says so
     * ({@code thituyen.audit.adopt-unkeyed-chain=true}, once, for the first start after the upgrade; the demo and
     * test profiles do it by themselves). Otherwise the start is refused: someone may have removed the head's
     * seal to have a rewritten chain blessed.
     */
    @Override
    public void afterSingletonsInstantiated() {
        writable.executeWithoutResult(t -> {
            AuditChainHead head = heads.lock().orElseThrow(() -> new IllegalStateException("no audit_chain_head row"));
            if (!head.isKeyed()) {
                keyUnkeyedHead(head, true);
            }
        });
    }

    /** Makes the head keyed (see {@link #afterSingletonsInstantiated()}); the caller holds the head's lock. */
    void keyUnkeyedHead(AuditChainHead head, boolean atStartUp) {
        long count = entries.count();
        long firstKeyed = entries.maxId().orElse(0L) + 1;
        if (count > 0 && !adoptUnkeyedChain) {
            if (atStartUp) {
                throw new IllegalStateException("The audit chain's head is not sealed with the audit key although the "
                        + "chain holds " + count + " entries. After upgrading from a version without a keyed chain, "
                        + "start once with THITUYEN_AUDIT_ADOPT_UNKEYED_CHAIN=true (thituyen.audit.adopt-unkeyed-chain)"
                        + "; otherwise the head's seal was removed from the database: investigate (docs/security.md).");
            }
            // removed while running: keep recording (an exam must not stop), and raise the alarm
            raise(new ChainCheck(false, count, null, "head.unsealed", clock.instant()));
            return;
        }
        head.keyFrom(firstKeyed, count, seal);
        LOG.warn("Audit chain keyed from entry id {} ({} earlier entries keep their SHA-256 hashes)", firstKeyed,
                count);
    }

    /** Checks the whole chain now and raises or clears the alarm. */
    public ChainCheck verify() {
        ChainCheck check = check();
        if (check.intact()) {
            last.set(check);
        } else {
            raise(check);
        }
        return check;
    }

    public Optional<ChainCheck> lastCheck() {
        return Optional.ofNullable(last.get());
    }

    /** Whether the last check found the chain broken. */
    public boolean alarmRaised() {
        ChainCheck c = last.get();
        return c != null && !c.intact();
    }

    @Scheduled(initialDelayString = "${thituyen.audit.verify-initial-ms:10000}",
            fixedDelayString = "${thituyen.audit.verify-ms:900000}")
    void scheduled() {
        try {
            verify();
        } catch (RuntimeException e) {
            LOG.error("Audit chain verification could not run", e);
        }
    }

    private void raise(ChainCheck check) {
        last.set(check);
        LOG.error("AUDIT CHAIN BROKEN: {} (entry {}, {} entries checked) — the audit log may have been altered",
                check.reason(), check.brokenAt(), check.entries());
    }

    private ChainCheck check() {
        Instant now = clock.instant();
        AuditChainHead head = readOnly.execute(t -> heads.findById(1).orElse(null));
        if (head == null || !head.isKeyed()) {
            return new ChainCheck(false, 0, null, "head.unsealed", now);
        }
        if (!head.sealIntact(seal)) {
            return new ChainCheck(false, 0, null, "head.seal", now);
        }
        long expected = head.getEntryCount();
        long keyedFrom = head.getKeyedFromId();
        long[] seen = seenCount.get();
        if (expected < seen[0]) {
            return new ChainCheck(false, expected, null, "head.wentBack", now);
        }
        String prev = ChainSeal.GENESIS;
        long n = 0;
        long after = 0;
        while (n < expected) {
            long from = after;
            List<AuditEntry> page = readOnly.execute(t -> entries.findTop1000ByIdGreaterThanOrderByIdAsc(from));
            if (page == null || page.isEmpty()) {
                return new ChainCheck(false, n, after == 0 ? null : after, "entries.missing", now);
            }
            for (AuditEntry e : page) {
                if (n == expected) {
                    break;
                }
                n++;
                if (!ChainSeal.same(e.getPrevHash(), prev)) {
                    return new ChainCheck(false, n, e.getId(), "entry.link", now);
                }
                if (!ChainSeal.same(e.getHash(), e.expectedHash(seal, keyedFrom))) {
                    return new ChainCheck(false, n, e.getId(), "entry.hash", now);
                }
                if (n == seen[0] && !ChainSeal.same(e.getHash(), seenHash.get())) {
                    return new ChainCheck(false, n, e.getId(), "head.wentBack", now);
                }
                prev = e.getHash();
                after = e.getId();
            }
        }
        if (!ChainSeal.same(prev, head.getLastHash())) {
            return new ChainCheck(false, n, after == 0 ? null : after, "head.hash", now);
        }
        // An entry after the head is one no writer linked: forged, unless a writer appended while we read. A writer
        // commits its entry and the head together, so an entry seen first and a head read after it that has not
        // moved means the entry came without the head.
        long last = after;
        List<AuditEntry> beyond = readOnly.execute(t -> entries.findTop1000ByIdGreaterThanOrderByIdAsc(last));
        if (beyond != null && !beyond.isEmpty()) {
            AuditChainHead again = readOnly.execute(t -> heads.findById(1).orElse(null));
            if (again != null && again.getEntryCount() == expected) {
                return new ChainCheck(false, n, beyond.get(0).getId(), "entries.beyondHead", now);
            }
        }
        if (expected > seen[0]) {
            seenCount.set(new long[] {expected});
            seenHash.set(head.getLastHash());
        }
        return new ChainCheck(true, n, null, null, now);
    }

    /** Test support: forget what this node has seen (a test that rewrites the chain and restores it). */
    void forgetSeen() {
        seenCount.set(new long[] {0});
        seenHash.set(ChainSeal.GENESIS);
    }
}
