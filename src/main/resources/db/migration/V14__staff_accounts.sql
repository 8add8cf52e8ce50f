-- Staff accounts an administrator creates (issue 11): the person sets their own password with a one-time code.
-- Only the code's SHA-256 is stored; a code is used once, expires, and a newer code replaces the older ones.
CREATE TABLE password_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    code_hash   CHAR(64)     NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    revoked_at  DATETIME(6),
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_password_code_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT uq_password_code UNIQUE (code_hash)
);
CREATE INDEX ix_password_code_user ON password_code (user_id);
