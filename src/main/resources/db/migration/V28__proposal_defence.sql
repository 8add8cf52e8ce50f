-- Part 2 of a leadership exam, the đề án (Official Letter 2424/BNV-CCVC of 2017): the campaign's scoring criteria,
-- each post's upload deadline, the candidates' files, the presentation schedule drawn by lot, the members' secret
-- ballots (each a mark_sheet MEMBER row of part 2, the per-criterion points in question_marks; proposal_ballot keeps
-- one ballot per member and candidate), the closing of the ballots and the optional confidence vote. Every table is
-- append-only: a change is a new row with who and when.

-- the campaign's criteria: each save a new version, the latest in force
CREATE TABLE proposal_criterion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT        NOT NULL,
    version     INT           NOT NULL,
    ordinal     INT           NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    weight      INT           NOT NULL,
    saved_by    VARCHAR(100)  NOT NULL,
    saved_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_proposal_criterion_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT uq_proposal_criterion UNIQUE (campaign_id, version, ordinal)
);

-- each post's upload deadline, in the campaign's local time: the latest row is in force
CREATE TABLE proposal_deadline (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id BIGINT        NOT NULL,
    due_at      DATETIME(6)   NOT NULL,
    set_by      VARCHAR(100)  NOT NULL,
    set_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_proposal_deadline_position FOREIGN KEY (position_id) REFERENCES position (id)
);
CREATE INDEX ix_proposal_deadline_position ON proposal_deadline (position_id, id);

-- every upload is kept; the latest is the candidate's đề án
CREATE TABLE proposal_file (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    file_name      VARCHAR(300)  NOT NULL,
    format         VARCHAR(10)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    data           LONGBLOB      NOT NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_proposal_file_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_proposal_file_application ON proposal_file (application_id, id);

-- the lot of a post's presentations, once: the seed and every input, so anyone can draw it again
CREATE TABLE presentation_lot (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id          BIGINT        NOT NULL,
    seed                 BIGINT        NOT NULL,
    candidate_ids        VARCHAR(4000) NOT NULL,
    rooms                VARCHAR(2000) NOT NULL,
    starts_at            DATETIME(6)   NOT NULL,
    presentation_minutes INT           NOT NULL,
    question_minutes     INT           NOT NULL,
    break_minutes        INT           NOT NULL,
    drawn_by             VARCHAR(100)  NOT NULL,
    drawn_at             DATETIME(6)   NOT NULL,
    CONSTRAINT fk_presentation_lot_position FOREIGN KEY (position_id) REFERENCES position (id),
    CONSTRAINT uq_presentation_lot_position UNIQUE (position_id)
);

-- one secret ballot per member and candidate; the points are the mark_sheet row
CREATE TABLE proposal_ballot (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id    BIGINT        NOT NULL,
    application_id BIGINT        NOT NULL,
    member_id      BIGINT        NOT NULL,
    mark_sheet_id  BIGINT        NOT NULL,
    cast_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_proposal_ballot_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_proposal_ballot_sheet FOREIGN KEY (mark_sheet_id) REFERENCES mark_sheet (id),
    CONSTRAINT uq_proposal_ballot UNIQUE (application_id, member_id)
);
CREATE INDEX ix_proposal_ballot_position ON proposal_ballot (position_id);

-- the chair closes a post's ballots: part 2 is locked
CREATE TABLE proposal_closure (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id BIGINT        NOT NULL,
    closed_by   VARCHAR(100)  NOT NULL,
    closed_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_proposal_closure_position FOREIGN KEY (position_id) REFERENCES position (id),
    CONSTRAINT uq_proposal_closure_position UNIQUE (position_id)
);

-- the confidence vote (phiếu tín nhiệm), when the campaign holds one: one ballot per member and candidate
CREATE TABLE confidence_ballot (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id    BIGINT        NOT NULL,
    application_id BIGINT        NOT NULL,
    member_id      BIGINT        NOT NULL,
    ballot         VARCHAR(10)   NOT NULL,
    cast_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_confidence_ballot_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uq_confidence_ballot UNIQUE (application_id, member_id)
);
CREATE INDEX ix_confidence_ballot_position ON confidence_ballot (position_id);
