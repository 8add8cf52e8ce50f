package vn.thituyen.common;

/**
 * The audit log's signed checkpoint as printed at the foot of an official paper, for modules that issue papers
 * without depending on module audit (which implements this). The audit page verifies a copied checkpoint later.
 */
public interface AuditCheckpoints {

    /** The chain as it stands now: entries, last hash, time, key and signature, on one line. */
    String checkpointText();
}
