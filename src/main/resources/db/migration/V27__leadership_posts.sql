-- Leadership exams for division-level posts (thi tuyển lãnh đạo, quản lý cấp phòng; Official Letter
-- 2424/BNV-CCVC of 2017 and the province's own regulation). A post is a position of a LEADERSHIP_DIVISION campaign
-- with a quota of one, described here: its title, division, the appointing authority, and its standards as a
-- checklist. The settings the province's regulation decides are kept per campaign with who changed them.

CREATE TABLE leadership_post (
    position_id          BIGINT       NOT NULL PRIMARY KEY,
    title                VARCHAR(20)  NOT NULL,
    division             VARCHAR(300) NOT NULL,
    appointing_authority VARCHAR(300) NOT NULL,
    -- a re-announced post takes applications again in its own window
    reopens_at           DATETIME(6),
    recloses_at          DATETIME(6),
    -- GO_AHEAD, REANNOUNCED or WITHDRAWN once decided; the history is post_decision
    state                VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_leadership_post_position FOREIGN KEY (position_id) REFERENCES position (id)
);

CREATE TABLE post_standard (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id BIGINT        NOT NULL,
    ordinal     INT           NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    requirement VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_post_standard_position FOREIGN KEY (position_id) REFERENCES position (id)
);
CREATE INDEX ix_post_standard_position ON post_standard (position_id, ordinal);

-- append-only: every decision on a post's exam (go ahead, re-announce with the new window, withdraw)
CREATE TABLE post_decision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id BIGINT        NOT NULL,
    decision    VARCHAR(20)   NOT NULL,
    eligible    INT           NOT NULL,
    opens_at    DATETIME(6),
    closes_at   DATETIME(6),
    reason      VARCHAR(1000),
    decided_by  VARCHAR(100)  NOT NULL,
    decided_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_post_decision_position FOREIGN KEY (position_id) REFERENCES position (id)
);
CREATE INDEX ix_post_decision_position ON post_decision (position_id, id);

CREATE TABLE leadership_settings (
    campaign_id          BIGINT      NOT NULL PRIMARY KEY,
    combination          VARCHAR(20) NOT NULL,
    part1_weight         INT         NOT NULL,
    confidence_vote      BOOLEAN     NOT NULL,
    named_ballots        BOOLEAN     NOT NULL,
    outside_candidates   BOOLEAN     NOT NULL,
    presentation_minutes INT         NOT NULL,
    question_minutes     INT         NOT NULL,
    changed_by           VARCHAR(100) NOT NULL,
    changed_at           DATETIME(6) NOT NULL,
    CONSTRAINT fk_leadership_settings_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

-- the candidate's current post (for the first-appointment check) and the nomination by the managing agency
ALTER TABLE application ADD COLUMN current_title VARCHAR(200);
ALTER TABLE application ADD COLUMN current_division VARCHAR(300);
ALTER TABLE application ADD COLUMN current_agency VARCHAR(300);
ALTER TABLE application ADD COLUMN managing_agency_id BIGINT;
ALTER TABLE application ADD COLUMN nomination VARCHAR(20);
ALTER TABLE application ADD COLUMN nomination_reason VARCHAR(1000);
ALTER TABLE application ADD COLUMN nominated_by VARCHAR(100);
ALTER TABLE application ADD COLUMN nominated_at DATETIME(6);

-- the nomination letter (công văn cử), uploaded by the agency's account; a new upload is a new row
CREATE TABLE nomination_letter (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    size_bytes     INT          NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    data           LONGBLOB     NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_nomination_letter_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_nomination_letter_application ON nomination_letter (application_id, id);

-- append-only: the form-review board's decision on one standard of the post for one candidate
CREATE TABLE standard_check (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    standard_id    BIGINT        NOT NULL,
    accepted       BOOLEAN       NOT NULL,
    evidence       VARCHAR(1000) NOT NULL,
    reason         VARCHAR(1000),
    decided_by     VARCHAR(100)  NOT NULL,
    decided_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_standard_check_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_standard_check_standard FOREIGN KEY (standard_id) REFERENCES post_standard (id)
);
CREATE INDEX ix_standard_check_application ON standard_check (application_id, id);
