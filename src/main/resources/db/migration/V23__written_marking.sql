-- Written scripts marked blind (issue 13). A part of a position's round 2 is anonymised once for marking and once
-- more for the re-marking of its appeals (written_part, purpose MARKING or APPEAL); each
-- script carries two random codes and the code <-> candidate key sealed with a key from configuration (never in the
-- database); markers see the second code only. Each marker's mark is a row of its own (mark_sheet), never
-- overwritten once the partner's is in.
CREATE TABLE written_part (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    position_id     BIGINT       NOT NULL,
    part_no         INT          NOT NULL,
    purpose         VARCHAR(10)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    max_score       DECIMAL(6,2) NOT NULL,
    anonymised_by   VARCHAR(100) NOT NULL,
    anonymised_at   DATETIME(6)  NOT NULL,
    bundles_by      VARCHAR(100),
    bundles_at      DATETIME(6),
    key_opened_by   VARCHAR(100),
    key_opened_at   DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_written_part_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_written_part_position FOREIGN KEY (position_id) REFERENCES position (id),
    CONSTRAINT uq_written_part UNIQUE (position_id, part_no, purpose)
);

CREATE TABLE written_script (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    part_id          BIGINT        NOT NULL,
    first_code       VARCHAR(12)   NOT NULL,
    second_code      VARCHAR(12)   NOT NULL,
    pages            INT           NOT NULL,
    sealed_key       VARBINARY(255) NOT NULL,
    marker1_id       BIGINT,
    marker2_id       BIGINT,
    marker3_id       BIGINT,
    confer_failed    BOOLEAN       NOT NULL DEFAULT FALSE,
    zero_reasons     VARCHAR(200),
    zero_reported_by VARCHAR(100),
    zero_note        VARCHAR(1000),
    zero_confirmed   BOOLEAN,
    zero_decided_by  VARCHAR(100),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_written_script_part FOREIGN KEY (part_id) REFERENCES written_part (id),
    CONSTRAINT uq_written_script_first UNIQUE (part_id, first_code),
    CONSTRAINT uq_written_script_second UNIQUE (part_id, second_code)
);

CREATE TABLE mark_sheet (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    script_id      BIGINT        NOT NULL,
    sheet          VARCHAR(10)   NOT NULL,
    marker_id      BIGINT        NOT NULL,
    marker_name    VARCHAR(100)  NOT NULL,
    question_marks VARCHAR(500),
    mark           DECIMAL(6,2)  NOT NULL,
    reason         VARCHAR(1000),
    entered_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_mark_sheet_script FOREIGN KEY (script_id) REFERENCES written_script (id),
    CONSTRAINT uq_mark_sheet UNIQUE (script_id, sheet)
);
CREATE INDEX ix_mark_sheet_marker ON mark_sheet (marker_id);

-- Appeals (phuc khao) against the mark of a written paper: filed by the candidate inside the window, the fee recorded
-- by the secretary, then re-marked blind as a script of the part's APPEAL marking (script_id).
CREATE TABLE appeal (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL,
    position_id      BIGINT        NOT NULL,
    part_no          INT           NOT NULL,
    application_id   BIGINT        NOT NULL,
    filed_by         VARCHAR(100)  NOT NULL,
    filed_at         DATETIME(6)   NOT NULL,
    fee_vnd          BIGINT        NOT NULL,
    receipt_no       VARCHAR(60),
    paid_on          DATE,
    paid_recorded_by VARCHAR(100),
    script_id        BIGINT,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_appeal_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_appeal_script FOREIGN KEY (script_id) REFERENCES written_script (id),
    CONSTRAINT uq_appeal UNIQUE (application_id, position_id, part_no)
);
CREATE INDEX ix_appeal_campaign ON appeal (campaign_id);

-- A scan of a script's body (PDF), uploaded by the anonymisation board after the header with the candidate's
-- identity is cut off: markers read it by code. The SHA-256 proves later that the scan was not replaced.
CREATE TABLE script_scan (
    script_id   BIGINT       PRIMARY KEY,
    sha256      CHAR(64)     NOT NULL,
    size_bytes  INT          NOT NULL,
    data        LONGBLOB     NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_script_scan_script FOREIGN KEY (script_id) REFERENCES written_script (id)
);
