package vn.thituyen.audit;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.audit.domain.AuditChainHead;
import vn.thituyen.audit.domain.AuditChainHeadRepository;
import vn.thituyen.audit.domain.AuditEntry;
import vn.thituyen.audit.domain.AuditEntryRepository;
import vn.thituyen.audit.domain.ChainSeal;
import vn.thituyen.identity.CurrentUser;

/**
 * Records every event the modules publish (score changes, reviews, approvals, publication) in the same
 * transaction as the change itself, so a change without its audit line cannot commit. Writers append one at a
 * time, in turn on the chain head's row lock (held until their transaction ends), on any number of nodes. Each
 * entry and the head are sealed with the audit key ({@link ChainSeal}); {@link AuditVerifier} checks the chain,
 * and {@link #checkpoint()} gives a signed statement of the head that outside documents carry.
 */
@Service
public class AuditLog implements vn.thituyen.common.AuditCheckpoints {

    private static final Pattern CHECKPOINT = Pattern.compile(
            "entries=(\\d+)\\s+head=([0-9a-f]{64})\\s+at=(\\S+)\\s+key=([0-9a-f]{16})\\s+sig=([0-9a-f]{64})");

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ChainSeal seal;
    private final AuditVerifier verifier;

    AuditLog(AuditEntryRepository entries, AuditChainHeadRepository heads, CurrentUser currentUser, Clock clock,
            ChainSeal seal, AuditVerifier verifier) {
        this.entries = entries;
        this.heads = heads;
        this.currentUser = currentUser;
        this.clock = clock;
        this.seal = seal;
        this.verifier = verifier;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(Record event) {
        if (!event.getClass().getName().startsWith("vn.thituyen.")) {
            return;
        }
        String actor = currentUser.username();
        StringBuilder details = new StringBuilder();
        String subject = "";
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if ("actor".equals(c.getName())) {
                actor = String.valueOf(value);
            } else {
                if (subject.isEmpty()) {
                    subject = c.getName() + "=" + value;
                }
                details.append(c.getName()).append('=').append(value).append("; ");
            }
        }
        AuditChainHead head = heads.lock().orElseThrow(() -> new IllegalStateException("no audit_chain_head row"));
        if (!head.isKeyed()) {
            verifier.keyUnkeyedHead(head, false);
        }
        head.advance(entries.save(new AuditEntry(clock.instant(), actor, event.getClass().getSimpleName(), subject,
                details.toString().trim(), head.getLastHash(), seal)), seal);
    }

    /** One page of the whole log, newest first (the log grows by thousands of entries on an exam day). */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<AuditLine> page(int page, int pageSize) {
        return entries.findAllByOrderByIdDesc(org.springframework.data.domain.PageRequest.of(page, pageSize)).stream()
                .map(e -> new AuditLine(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getDetails(),
                        e.getHash())).toList();
    }

    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public long count() {
        return entries.count();
    }

    /** Checks the whole chain now (page by page, without holding the head's lock) and raises or clears the alarm. */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    public AuditVerifier.ChainCheck verifyChain() {
        return verifier.verify();
    }

    /** The latest check (scheduled, at start-up or on request); what the alarm banner and health show. */
    public Optional<AuditVerifier.ChainCheck> lastCheck() {
        return verifier.lastCheck();
    }

    /**
     * A signed statement of the chain as it stands: how many entries, the last entry's hash, when, under which key.
     * Sealed archives and official PDFs carry it, so a copy kept outside proves later that the log was not
     * rewritten ({@link #verifyCheckpoint}).
     */
    @Transactional(readOnly = true)
    public Checkpoint checkpoint() {
        AuditChainHead head = heads.findById(1).orElseThrow(() -> new IllegalStateException("no audit_chain_head row"));
        String at = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return new Checkpoint(head.getEntryCount(), head.getLastHash(), Instant.parse(at), seal.keyId(),
                seal.checkpointSignature(head.getEntryCount(), head.getLastHash(), at));
    }

    @Override
    @Transactional(readOnly = true)
    public String checkpointText() {
        return checkpoint().text();
    }

    /** Whether a checkpoint copied from an archive or a PDF still holds: entry N of the chain has that hash. */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public CheckpointCheck verifyCheckpoint(String text) {
        Matcher m = CHECKPOINT.matcher(text == null ? "" : text.replaceAll("\\s+", " "));
        if (!m.find()) {
            return new CheckpointCheck(CheckpointCheck.Verdict.UNREADABLE, 0, null);
        }
        long count = Long.parseLong(m.group(1));
        String head = m.group(2);
        String at = m.group(3);
        if (!m.group(4).equals(seal.keyId())) {
            return new CheckpointCheck(CheckpointCheck.Verdict.OTHER_KEY, count, null);
        }
        if (!ChainSeal.same(m.group(5), seal.checkpointSignature(count, head, at))) {
            return new CheckpointCheck(CheckpointCheck.Verdict.FORGED, count, null);
        }
        if (count == 0) {
            return new CheckpointCheck(CheckpointCheck.Verdict.MATCH, 0, ChainSeal.GENESIS);
        }
        Optional<String> now = entries.hashAtPosition(count - 1);
        boolean match = now.map(h -> ChainSeal.same(h, head)).orElse(false);
        return new CheckpointCheck(match ? CheckpointCheck.Verdict.MATCH : CheckpointCheck.Verdict.MISMATCH, count,
                now.orElse(null));
    }

    public record AuditLine(long id, java.time.Instant at, String actor, String action, String details, String hash) {
    }

    /** A signed statement of the chain's head; {@link #text()} is what documents print. */
    public record Checkpoint(long entries, String headHash, Instant at, String keyId, String signature) {

        public String text() {
            return "ThiTuyen audit checkpoint entries=" + entries + " head=" + headHash + " at=" + at + " key="
                    + keyId + " sig=" + signature;
        }

        public String json() {
            return "{\"entries\":" + entries + ",\"head\":\"" + headHash + "\",\"at\":\"" + at + "\",\"key\":\""
                    + keyId + "\",\"sig\":\"" + signature + "\",\"text\":\"" + text() + "\"}\n";
        }
    }

    /** What a checkpoint says against the chain now. */
    public record CheckpointCheck(Verdict verdict, long entries, String hashNow) {
        public enum Verdict {
            /** entry N still has the hash the checkpoint recorded */
            MATCH,
            /** entry N has another hash, or the chain no longer has N entries: rewritten since */
            MISMATCH,
            /** the signature does not match: the checkpoint text itself was altered */
            FORGED,
            /** signed with another key (another installation, or the key was changed) */
            OTHER_KEY,
            /** no checkpoint found in the text */
            UNREADABLE
        }
    }
}
