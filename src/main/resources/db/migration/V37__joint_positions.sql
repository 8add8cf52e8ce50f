-- Joint positions (vị trí việc làm tuyển dụng chung, ND 170/2025/NĐ-CP): a position recruited for several agencies of
-- the same authority, each with its own places (the position's quota is their sum). Set up like the position itself:
-- it changes only until registration opens.
CREATE TABLE position_agency (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id  BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    name         VARCHAR(300)  NOT NULL,
    places       INT           NOT NULL,
    CONSTRAINT fk_position_agency_position FOREIGN KEY (position_id) REFERENCES position (id),
    CONSTRAINT uq_position_agency_seq UNIQUE (position_id, seq)
);

-- A candidate's order of preference (nguyện vọng) among a joint position's agencies: versioned with the application,
-- a change is a new version (who, when), the earlier ones kept. agency_ids lists position_agency ids, most wanted
-- first, comma-separated.
CREATE TABLE agency_preference (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    version         INT           NOT NULL,
    position_id     BIGINT        NOT NULL,
    agency_ids      VARCHAR(1000) NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_agency_preference_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uq_agency_preference_version UNIQUE (application_id, version)
);

-- The agency a winner of a joint position is placed in (or the one a tie contests), kept on the result line.
ALTER TABLE result_entry ADD COLUMN agency_id BIGINT NULL;
ALTER TABLE result_entry ADD COLUMN agency_name VARCHAR(300) NULL;
