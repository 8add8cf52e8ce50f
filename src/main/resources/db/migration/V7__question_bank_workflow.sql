-- Question banks as the question board's tool: a tree of topics, questions with type, difficulty, source and
-- tags, a review workflow (draft -> reviewed -> approved -> retired), versions, images, a change history and
-- blueprints per exam part.

CREATE TABLE topic (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    bank_id   BIGINT       NOT NULL,
    parent_id BIGINT,
    name      VARCHAR(200) NOT NULL,
    -- the names from the bank's root down, joined by ' / ': one topic per path in a bank
    path      VARCHAR(700) NOT NULL,
    CONSTRAINT fk_topic_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id),
    CONSTRAINT fk_topic_parent FOREIGN KEY (parent_id) REFERENCES topic (id),
    CONSTRAINT uq_topic_path UNIQUE (bank_id, path)
);

-- A row of `question` is one VERSION of a question; papers point at the version they drew, so a later edit (a
-- new row of the same family) never changes a past paper or result.
ALTER TABLE question ADD COLUMN family_id BIGINT;
ALTER TABLE question ADD COLUMN version INT NOT NULL DEFAULT 1;
-- questions imported before the workflow existed were already drawn for live exams: they count as approved
ALTER TABLE question ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'APPROVED';
ALTER TABLE question ADD COLUMN qtype VARCHAR(20) NOT NULL DEFAULT 'SINGLE';
ALTER TABLE question ADD COLUMN text_format VARCHAR(10) NOT NULL DEFAULT 'PLAIN';
ALTER TABLE question ADD COLUMN topic_id BIGINT;
ALTER TABLE question ADD COLUMN difficulty VARCHAR(10);
ALTER TABLE question ADD COLUMN source_ref VARCHAR(500);
ALTER TABLE question ADD COLUMN tags VARCHAR(1000);
ALTER TABLE question ADD COLUMN external_id VARCHAR(200);
-- set once a paper drew this version: from then on an edit makes a new version
ALTER TABLE question ADD COLUMN used BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE question ADD COLUMN edited_by VARCHAR(100);
ALTER TABLE question ADD COLUMN edited_at DATETIME(6);
ALTER TABLE question ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE question ADD COLUMN approved_by VARCHAR(100);
ALTER TABLE question ADD CONSTRAINT fk_question_topic FOREIGN KEY (topic_id) REFERENCES topic (id);
ALTER TABLE question MODIFY COLUMN stem TEXT NOT NULL;
ALTER TABLE question_option MODIFY COLUMN option_text TEXT NOT NULL;
UPDATE question SET family_id = id WHERE family_id IS NULL;
UPDATE question SET used = TRUE WHERE id IN (SELECT question_id FROM paper_item);
CREATE INDEX ix_question_family ON question (family_id, version);
CREATE INDEX ix_question_pool ON question (bank_id, status, purged);

-- Files (images) a HTML stem or option refers to as @@PLUGINFILE@@/name; they belong to one version.
CREATE TABLE question_media (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    mime_type   VARCHAR(100) NOT NULL,
    data        MEDIUMBLOB   NOT NULL,
    CONSTRAINT fk_question_media_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT uq_question_media UNIQUE (question_id, name)
);

-- Append-only: every change to a question (created, edited, new version, reviewed, approved, returned, retired,
-- key corrected) with who and when.
CREATE TABLE question_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT        NOT NULL,
    family_id   BIGINT        NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    detail      VARCHAR(1000),
    CONSTRAINT fk_question_event_question FOREIGN KEY (question_id) REFERENCES question (id)
);
CREATE INDEX ix_question_event_family ON question_event (family_id, id);

-- How many questions an exam part draws from each topic and difficulty (TT 6/2020/TT-BNV Art. 19: the approved
-- pool covers each row at least 3 times over).
CREATE TABLE blueprint (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    part_no     INT          NOT NULL,
    bank_id     BIGINT       NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_blueprint_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id),
    CONSTRAINT uq_blueprint UNIQUE (campaign_id, part_no, bank_id)
);

CREATE TABLE blueprint_row (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    blueprint_id   BIGINT      NOT NULL,
    idx            INT         NOT NULL,
    topic_id       BIGINT,
    difficulty     VARCHAR(10),
    question_count INT         NOT NULL,
    CONSTRAINT fk_blueprint_row_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id),
    CONSTRAINT fk_blueprint_row_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT uq_blueprint_row UNIQUE (blueprint_id, idx)
);

-- A corrected key (đính chính đáp án): proposed, then approved by the chair, which re-scores every affected part.
CREATE TABLE key_correction (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id  BIGINT        NOT NULL,
    old_key      VARCHAR(40)   NOT NULL,
    new_key      VARCHAR(40)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    proposed_by  VARCHAR(100)  NOT NULL,
    proposed_at  DATETIME(6)   NOT NULL,
    decided_by   VARCHAR(100),
    decided_at   DATETIME(6),
    CONSTRAINT fk_key_correction_question FOREIGN KEY (question_id) REFERENCES question (id)
);

-- Every re-scoring of a closed part (after a key correction): the score before and after.
CREATE TABLE part_rescore (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_part_id   BIGINT      NOT NULL,
    key_correction_id BIGINT      NOT NULL,
    correct_before    INT         NOT NULL,
    correct_after     INT         NOT NULL,
    passed_before     BOOLEAN     NOT NULL,
    passed_after      BOOLEAN     NOT NULL,
    rescored_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_part_rescore_part FOREIGN KEY (attempt_part_id) REFERENCES attempt_part (id),
    CONSTRAINT fk_part_rescore_correction FOREIGN KEY (key_correction_id) REFERENCES key_correction (id)
);

-- a bank for one position's professional subject (môn chuyên ngành) names the position's code
ALTER TABLE question_bank ADD COLUMN position_code VARCHAR(50);
