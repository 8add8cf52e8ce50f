-- Sign-in throttling (docs/security-sign-in.md). Bucket4j's JDBC backend keeps one row per throttled key (a login
-- name or a client address): its failure counter, shared by every node. Column names are Bucket4j's defaults
-- for its MySQL backend (SELECT ... FOR UPDATE, INSERT IGNORE), which H2 in MySQL mode runs too. expires_at
-- (epoch millis) lets old rows be swept.
CREATE TABLE sign_in_bucket (
    id         VARCHAR(200)    NOT NULL PRIMARY KEY,
    state      VARBINARY(4096),
    expires_at BIGINT
);
CREATE INDEX ix_sign_in_bucket_expires ON sign_in_bucket (expires_at);

-- A temporary lockout after repeated failed sign-ins: one row per lockout (kept as history); lifted early by an
-- invigilator (candidate numbers of their room) or an administrator, with who and when.
CREATE TABLE sign_in_lockout (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_key  VARCHAR(200) NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    subject      VARCHAR(150) NOT NULL,
    address      VARCHAR(64),
    locked_at    DATETIME(6)  NOT NULL,
    locked_until DATETIME(6)  NOT NULL,
    lifted_at    DATETIME(6),
    lifted_by    VARCHAR(100)
);
CREATE INDEX ix_sign_in_lockout_key ON sign_in_lockout (subject_key, locked_until);

-- One exam session per candidate (browser or API): the current session's reference (SHA-256 of its secret), when
-- it began, and when a sign-in last replaced a session that was still current (shown on the invigilator's roster).
ALTER TABLE attempt ADD COLUMN current_session CHAR(64);
ALTER TABLE attempt ADD COLUMN session_started_at DATETIME(6);
ALTER TABLE attempt ADD COLUMN session_replaced_at DATETIME(6);
ALTER TABLE exam_session ADD COLUMN channel VARCHAR(10);
