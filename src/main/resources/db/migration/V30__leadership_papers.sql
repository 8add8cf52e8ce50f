-- The official papers of a leadership exam (the council's minutes of part 1, the summary of the đề án ballots, the
-- minutes of the result, the report to the appointing authority), frozen when the chair approves a version of the
-- results: the approved paper is the one kept, with its SHA-256, and the one served from then on. Append-only.
CREATE TABLE leadership_paper (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id   BIGINT        NOT NULL,
    result_set_id BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    -- the post's position, or null for the report (every post)
    position_id   BIGINT        NULL,
    file_name     VARCHAR(200)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    data          LONGBLOB      NOT NULL,
    frozen_by     VARCHAR(100)  NOT NULL,
    frozen_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_leadership_paper_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_leadership_paper_set FOREIGN KEY (result_set_id) REFERENCES result_set (id),
    CONSTRAINT fk_leadership_paper_position FOREIGN KEY (position_id) REFERENCES position (id)
);
CREATE INDEX ix_leadership_paper_set ON leadership_paper (result_set_id, kind);
