-- TT 6/2020/TT-BNV Art. 20: after each subject the exam data is exported as a sealed, checksummed archive;
-- the server's copy of the questions can then be purged (texts blanked, never drawn again).
CREATE TABLE sealed_export (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    subject         VARCHAR(30)  NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    manifest_sha256 CHAR(64)     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    purged_at       DATETIME(6),
    purged_by       VARCHAR(100),
    CONSTRAINT fk_sealed_export_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_sealed_export_hash ON sealed_export (manifest_sha256);

ALTER TABLE question ADD COLUMN purged BOOLEAN NOT NULL DEFAULT FALSE;
