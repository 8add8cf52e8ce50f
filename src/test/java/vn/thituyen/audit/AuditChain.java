package vn.thituyen.audit;

import java.util.ArrayList;
import java.util.List;
import vn.thituyen.audit.domain.AuditEntry;
import vn.thituyen.audit.domain.AuditEntryRepository;

/** Checks of the audit log's hash chain for tests that share a database: only the entries a test appended. */
public final class AuditChain {

    /** The key of the test profile (the published demo key). */
    public static final String TEST_KEY = AuditKey.DEMO_KEY;

    /** The seal of the test profile (the demo key): what the tests' application and nodes write with. */
    public static final vn.thituyen.audit.domain.ChainSeal TEST_SEAL = new vn.thituyen.audit.domain.ChainSeal(
            AuditKey.DEMO_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private AuditChain() {
    }

    /** The id of the log's last entry now (0 when empty). */
    public static long lastId(AuditEntryRepository entries) {
        return entries.findTop500ByOrderByIdDesc().stream().findFirst().map(AuditEntry::getId).orElse(0L);
    }

    /** The entries after {@code afterId}, as stored. */
    public static List<AuditEntry> after(AuditEntryRepository entries, long afterId) {
        return entries.findAllByOrderByIdAsc().stream().filter(e -> e.getId() > afterId).toList();
    }

    /**
     * What is wrong with the chain after {@code afterId}, read back from the database: each entry links to the
     * one before it and its hash, recomputed from the stored row, is the stored hash.
     */
    public static List<String> problemsAfter(AuditEntryRepository entries, long afterId) {
        List<String> problems = new ArrayList<>();
        AuditEntry previous = null;
        for (AuditEntry e : entries.findAllByOrderByIdAsc()) {
            if (e.getId() > afterId && previous != null) {
                if (!e.getPrevHash().equals(previous.getHash())) {
                    problems.add("audit entry " + e.getId() + " does not link to " + previous.getId());
                }
                // keyed with the tests' key (the test profile's, which the process-level tests give their nodes),
                // or an entry from before the chain was keyed; the strict check is AuditVerifier's
                String content = e.content();
                if (!e.getHash().equals(TEST_SEAL.keyedHash(content))
                        && !e.getHash().equals(vn.thituyen.audit.domain.ChainSeal.legacyHash(content))) {
                    problems.add("audit entry " + e.getId() + ": the stored row does not give its hash");
                }
            }
            previous = e;
        }
        return problems;
    }
}
