-- The audit chain becomes keyed (security review, finding 5): entries from keyed_from_id on carry an HMAC under a
-- secret kept outside the database; the head also records how many entries the chain holds and carries its own
-- HMAC, so deleting the newest entry (which leaves a shorter, perfectly linked chain) no longer verifies.
-- keyed_from_id and head_mac are set by the application on its first start with the key (AuditLog).
ALTER TABLE audit_chain_head ADD COLUMN entry_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN keyed_from_id BIGINT;
ALTER TABLE audit_chain_head ADD COLUMN head_mac CHAR(64);
UPDATE audit_chain_head SET entry_count = (SELECT COUNT(*) FROM audit_entry) WHERE id = 1;
