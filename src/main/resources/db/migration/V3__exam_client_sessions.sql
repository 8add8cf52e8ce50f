-- Sessions of exam clients (a candidate's computer talking JSON): a bearer token, stored only as its SHA-256.
-- Kept in the database, so a session survives a server restart and works on every node.
CREATE TABLE exam_session (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    attempt_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_exam_session_token UNIQUE (token_hash),
    CONSTRAINT fk_exam_session_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);
