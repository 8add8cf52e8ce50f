-- ThiTuyen initial schema. Runs on H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.
-- Exam evidence (answers, marks, decisions, approvals) is append-only: corrections are new rows.

CREATE TABLE user_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    email         VARCHAR(200),
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username)
);

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);

CREATE TABLE campaign (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                     VARCHAR(50)  NOT NULL,
    name                     VARCHAR(300) NOT NULL,
    rule_set                 VARCHAR(40)  NOT NULL,
    registration_opens_at    DATETIME(6)  NOT NULL,
    registration_closes_at   DATETIME(6)  NOT NULL,
    eligible_list_published_at DATETIME(6),
    results_locked_at        DATETIME(6),
    created_at               DATETIME(6)  NOT NULL,
    CONSTRAINT uq_campaign_code UNIQUE (code)
);

CREATE TABLE position (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id   BIGINT       NOT NULL,
    code          VARCHAR(50)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    agency        VARCHAR(300) NOT NULL,
    quota         INT          NOT NULL,
    round2_format VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_position_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT uq_position_code UNIQUE (campaign_id, code)
);

CREATE TABLE room (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    capacity    INT          NOT NULL,
    CONSTRAINT fk_room_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

CREATE TABLE application (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id       BIGINT       NOT NULL,
    position_id       BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    full_name         VARCHAR(100) NOT NULL,
    date_of_birth     DATE         NOT NULL,
    sex               VARCHAR(10)  NOT NULL,
    ethnicity         VARCHAR(50)  NOT NULL,
    citizen_id        CHAR(12)     NOT NULL,
    phone             VARCHAR(15)  NOT NULL,
    email             VARCHAR(200) NOT NULL,
    address           VARCHAR(300) NOT NULL,
    education_level   VARCHAR(20)  NOT NULL,
    major             VARCHAR(200) NOT NULL,
    foreign_language  VARCHAR(20)  NOT NULL,
    priority_category VARCHAR(40),
    priority_status   VARCHAR(20)  NOT NULL,
    exemption         VARCHAR(30)  NOT NULL,
    exemption_reason  VARCHAR(500),
    exemption_status  VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    rejection_reason  VARCHAR(500),
    candidate_number  VARCHAR(20),
    room_id           BIGINT,
    submitted_at      DATETIME(6)  NOT NULL,
    reviewed_by       VARCHAR(100),
    reviewed_at       DATETIME(6),
    version           BIGINT       NOT NULL,
    CONSTRAINT fk_application_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_application_position FOREIGN KEY (position_id) REFERENCES position (id),
    CONSTRAINT fk_application_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_application_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT uq_application_user UNIQUE (campaign_id, user_id),
    CONSTRAINT uq_application_citizen UNIQUE (campaign_id, citizen_id),
    CONSTRAINT uq_application_number UNIQUE (campaign_id, candidate_number)
);

CREATE TABLE question_bank (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(50)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    subject  VARCHAR(30)  NOT NULL,
    language VARCHAR(20),
    CONSTRAINT uq_question_bank_code UNIQUE (code)
);

CREATE TABLE question (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    bank_id BIGINT NOT NULL,
    seq     INT    NOT NULL,
    stem    VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_question_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id)
);
CREATE INDEX ix_question_bank ON question (bank_id);

CREATE TABLE question_option (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT        NOT NULL,
    idx         INT           NOT NULL,
    option_text VARCHAR(2000) NOT NULL,
    correct     BOOLEAN       NOT NULL,
    CONSTRAINT fk_question_option_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT uq_question_option UNIQUE (question_id, idx)
);

CREATE TABLE sitting (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT      NOT NULL,
    room_id     BIGINT      NOT NULL,
    status      VARCHAR(20) NOT NULL,
    prepared_at DATETIME(6) NOT NULL,
    prepared_by VARCHAR(100) NOT NULL,
    opened_at   DATETIME(6),
    closed_at   DATETIME(6),
    CONSTRAINT fk_sitting_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_sitting_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT uq_sitting_room UNIQUE (room_id)
);

CREATE TABLE attempt (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    sitting_id        BIGINT      NOT NULL,
    application_id    BIGINT      NOT NULL,
    candidate_number  VARCHAR(20) NOT NULL,
    one_time_password VARCHAR(20) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    started_at        DATETIME(6),
    submitted_at      DATETIME(6),
    CONSTRAINT fk_attempt_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_attempt_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uq_attempt_application UNIQUE (application_id),
    CONSTRAINT uq_attempt_number UNIQUE (candidate_number, sitting_id)
);
CREATE INDEX ix_attempt_number ON attempt (candidate_number);

CREATE TABLE attempt_part (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id       BIGINT      NOT NULL,
    part_no          INT         NOT NULL,
    subject          VARCHAR(30) NOT NULL,
    bank_id          BIGINT,
    question_count   INT         NOT NULL,
    duration_minutes INT         NOT NULL,
    exempt           BOOLEAN     NOT NULL,
    started_at       DATETIME(6),
    deadline         DATETIME(6),
    closed_at        DATETIME(6),
    correct_count    INT,
    passed           BOOLEAN,
    CONSTRAINT fk_attempt_part_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT uq_attempt_part UNIQUE (attempt_id, part_no)
);

CREATE TABLE paper_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_part_id BIGINT      NOT NULL,
    seq             INT         NOT NULL,
    question_id     BIGINT      NOT NULL,
    option_order    VARCHAR(40) NOT NULL,
    CONSTRAINT fk_paper_item_part FOREIGN KEY (attempt_part_id) REFERENCES attempt_part (id),
    CONSTRAINT fk_paper_item_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT uq_paper_item UNIQUE (attempt_part_id, seq)
);

-- Append-only: every choice the candidate makes is a row; the latest row per item is the answer.
CREATE TABLE answer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    paper_item_id BIGINT      NOT NULL,
    attempt_id    BIGINT      NOT NULL,
    chosen_idx    INT,
    saved_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_answer_item FOREIGN KEY (paper_item_id) REFERENCES paper_item (id)
);
CREATE INDEX ix_answer_item ON answer (paper_item_id, id);
CREATE INDEX ix_answer_attempt ON answer (attempt_id);

CREATE TABLE board_member (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT  NOT NULL,
    user_id     BIGINT  NOT NULL,
    head        BOOLEAN NOT NULL,
    CONSTRAINT fk_board_member_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_board_member_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT uq_board_member UNIQUE (campaign_id, user_id)
);

-- Append-only: a corrected mark is a new row; the latest per (application, grader) counts.
CREATE TABLE interview_mark (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    grader_id      BIGINT       NOT NULL,
    grader_name    VARCHAR(100) NOT NULL,
    score          DECIMAL(5,2) NOT NULL,
    entered_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_interview_mark_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_interview_mark_application ON interview_mark (application_id);

CREATE TABLE interview_decision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    score          DECIMAL(5,2) NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    decided_by     VARCHAR(100) NOT NULL,
    decided_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_interview_decision_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE result_set (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT       NOT NULL,
    version      INT          NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    computed_at  DATETIME(6)  NOT NULL,
    computed_by  VARCHAR(100) NOT NULL,
    approved_at  DATETIME(6),
    approved_by  VARCHAR(100),
    published_at DATETIME(6),
    published_by VARCHAR(100),
    CONSTRAINT fk_result_set_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT uq_result_set_version UNIQUE (campaign_id, version)
);

CREATE TABLE result_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    result_set_id    BIGINT       NOT NULL,
    application_id   BIGINT       NOT NULL,
    position_id      BIGINT       NOT NULL,
    position_name    VARCHAR(300) NOT NULL,
    candidate_number VARCHAR(20),
    full_name        VARCHAR(100) NOT NULL,
    date_of_birth    DATE         NOT NULL,
    round1_passed    BOOLEAN      NOT NULL,
    round2_score     DECIMAL(5,2),
    priority_points  DECIMAL(4,2) NOT NULL,
    total            DECIMAL(6,2),
    rank_no          INT,
    outcome          VARCHAR(30)  NOT NULL,
    CONSTRAINT fk_result_entry_set FOREIGN KEY (result_set_id) REFERENCES result_set (id)
);
CREATE INDEX ix_result_entry_set ON result_entry (result_set_id);

CREATE TABLE tie_decision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    result_set_id  BIGINT        NOT NULL,
    position_id    BIGINT        NOT NULL,
    application_id BIGINT        NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    decided_by     VARCHAR(100)  NOT NULL,
    decided_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_tie_decision_set FOREIGN KEY (result_set_id) REFERENCES result_set (id)
);

-- Append-only, hash-chained: each row's hash covers its content and the previous row's hash.
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    details     VARCHAR(4000) NOT NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL
);
