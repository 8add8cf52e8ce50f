-- The head of the audit log's hash chain: one row holding the last entry's hash. Every audited transaction locks
-- it (by primary key) before appending, so concurrent writers, on one node or several, link one after another.
-- Locking the log's last row instead deadlocks on InnoDB under REPEATABLE READ (both writers hold the gap after
-- it) and forks the chain under READ COMMITTED (a writer that waited links to the row it waited for, no longer
-- the last).
CREATE TABLE audit_chain_head (
    id        INT      PRIMARY KEY,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_hash)
VALUES (1, COALESCE((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1),
                    '0000000000000000000000000000000000000000000000000000000000000000'));
