-- Issue 15 § 1: the candidate's scans (degrees and transcripts, evidence of each claimed priority and of the claimed
-- exemption, the portrait photo), kept with their SHA-256. Append-only: every upload is a row; the candidate's
-- removal (while the application may still be changed) only marks it withdrawn, with who and when.
CREATE TABLE candidate_document (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    purpose        VARCHAR(20)  NOT NULL,
    claim          VARCHAR(40),
    content_type   VARCHAR(50)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    data           LONGBLOB     NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    withdrawn_by   VARCHAR(100),
    withdrawn_at   DATETIME(6),
    CONSTRAINT fk_candidate_document_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_candidate_document_application ON candidate_document (application_id, id);
