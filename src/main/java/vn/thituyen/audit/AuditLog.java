package vn.thituyen.audit;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.audit.domain.AuditChainHead;
import vn.thituyen.audit.domain.AuditChainHeadRepository;
import vn.thituyen.audit.domain.AuditEntry;
import vn.thituyen.audit.domain.AuditEntryRepository;
import vn.thituyen.identity.CurrentUser;

/**
 * Records every event the modules publish (score changes, reviews, approvals, publication) in the same
 * transaction as the change itself, so a change without its audit line cannot commit. Writers append one at a
 * time, in turn on the chain head's row lock (held until their transaction ends), on any number of nodes.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AuditChainHeadRepository heads, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.currentUser = currentUser;
        this.clock = clock;
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
        head.advance(entries.save(new AuditEntry(clock.instant(), actor, event.getClass().getSimpleName(), subject,
                details.toString().trim(), head.getLastHash())));
    }

    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<AuditLine> recent() {
        return entries.findTop500ByOrderByIdDesc().stream().map(e -> new AuditLine(e.getId(), e.getOccurredAt(),
                e.getActor(), e.getAction(), e.getDetails(), e.getHash())).toList();
    }

    /** Recomputes the chain; returns the id of the first broken entry, or -1 when intact. */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public long verifyChain() {
        String prev = "0".repeat(64);
        for (AuditEntry e : entries.findAllByOrderByIdAsc()) {
            if (!e.getPrevHash().equals(prev) || !e.getHash().equals(e.computeHash())) {
                return e.getId();
            }
            prev = e.getHash();
        }
        return -1;
    }

    public record AuditLine(long id, java.time.Instant at, String actor, String action, String details, String hash) {
    }
}
