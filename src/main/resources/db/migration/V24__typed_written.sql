-- Written parts typed on a computer (issue 13): the paper (questions and points) is set by the council chair,
-- opened and closed by the secretary; each candidate's script has a server deadline fixed when they start, and every
-- accepted save of an answer is a row of its own (the history; the latest row is the answer).
CREATE TABLE typed_paper (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id      BIGINT       NOT NULL,
    position_id      BIGINT       NOT NULL,
    part_no          INT          NOT NULL,
    duration_minutes INT          NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    set_by           VARCHAR(100) NOT NULL,
    set_at           DATETIME(6)  NOT NULL,
    opened_by        VARCHAR(100),
    opened_at        DATETIME(6),
    closed_by        VARCHAR(100),
    closed_at        DATETIME(6),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_typed_paper_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_typed_paper_position FOREIGN KEY (position_id) REFERENCES position (id),
    CONSTRAINT uq_typed_paper UNIQUE (position_id, part_no)
);

CREATE TABLE typed_question (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    paper_id    BIGINT       NOT NULL,
    question_no INT          NOT NULL,
    body        TEXT         NOT NULL,
    max_points  DECIMAL(6,2) NOT NULL,
    CONSTRAINT fk_typed_question_paper FOREIGN KEY (paper_id) REFERENCES typed_paper (id),
    CONSTRAINT uq_typed_question UNIQUE (paper_id, question_no)
);

CREATE TABLE typed_script (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    paper_id       BIGINT      NOT NULL,
    application_id BIGINT      NOT NULL,
    started_at     DATETIME(6) NOT NULL,
    deadline       DATETIME(6) NOT NULL,
    handed_in_at   DATETIME(6),
    by_timeout     BOOLEAN     NOT NULL DEFAULT FALSE,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_typed_script_paper FOREIGN KEY (paper_id) REFERENCES typed_paper (id),
    CONSTRAINT fk_typed_script_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uq_typed_script UNIQUE (paper_id, application_id)
);

CREATE TABLE typed_answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    script_id   BIGINT      NOT NULL,
    question_no INT         NOT NULL,
    body        MEDIUMTEXT  NOT NULL,
    client_seq  BIGINT,
    saved_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_typed_answer_script FOREIGN KEY (script_id) REFERENCES typed_script (id)
);
CREATE INDEX ix_typed_answer_script ON typed_answer (script_id, question_no, id);

-- The text of a typed script as its markers read it, copied when the script was anonymised: keyed by the script's
-- codes only, with the SHA-256 of each answer so that later checks can prove it was not changed.
CREATE TABLE script_text (
    script_id   BIGINT     NOT NULL,
    question_no INT        NOT NULL,
    body        MEDIUMTEXT NOT NULL,
    sha256      CHAR(64)   NOT NULL,
    CONSTRAINT pk_script_text PRIMARY KEY (script_id, question_no),
    CONSTRAINT fk_script_text_script FOREIGN KEY (script_id) REFERENCES written_script (id)
);
