-- Exam day: idempotent answer saves, check-in and presence, extra time, late-start permissions, violations.
-- Runs on H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

-- The sender's sequence number for an item's answers: a repeated or late message never overwrites a newer one.
ALTER TABLE answer ADD COLUMN client_seq BIGINT;

ALTER TABLE attempt ADD COLUMN checked_in_at DATETIME(6);
ALTER TABLE attempt ADD COLUMN checked_in_by VARCHAR(100);
ALTER TABLE attempt ADD COLUMN last_seen_at DATETIME(6);
ALTER TABLE attempt ADD COLUMN late_permitted_by VARCHAR(100);
ALTER TABLE attempt ADD COLUMN late_permit_reason VARCHAR(500);
ALTER TABLE attempt ADD COLUMN cancelled BOOLEAN NOT NULL DEFAULT FALSE;

-- Extra time granted by an invigilator: an event; the part's stored deadline moves with it.
CREATE TABLE time_extension (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_part_id BIGINT        NOT NULL,
    minutes         INT           NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    granted_by      VARCHAR(100)  NOT NULL,
    granted_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_time_extension_part FOREIGN KEY (attempt_part_id) REFERENCES attempt_part (id)
);

-- Violations of exam rules (vi phạm quy chế), with the sanction applied.
CREATE TABLE violation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id  BIGINT        NOT NULL,
    part_no     INT,
    sanction    VARCHAR(20)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    witnesses   VARCHAR(300),
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_violation_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);
CREATE INDEX ix_violation_attempt ON violation (attempt_id);
