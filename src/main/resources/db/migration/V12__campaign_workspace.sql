-- The campaign workspace: an office sets up its own campaigns (issue 11).

-- What the campaign is, who recruits, where and when it was announced, and where it is in its lifecycle.
-- The authority (cơ quan tuyển dụng) is per campaign; empty = the letterhead setting.
ALTER TABLE campaign ADD COLUMN kind VARCHAR(30) DEFAULT 'CIVIL_SERVANT' NOT NULL;
ALTER TABLE campaign ADD COLUMN authority VARCHAR(300);
ALTER TABLE campaign ADD COLUMN announced_on DATE;
ALTER TABLE campaign ADD COLUMN announcement_place VARCHAR(500);
ALTER TABLE campaign ADD COLUMN status VARCHAR(30) DEFAULT 'DRAFT' NOT NULL;
-- campaigns made before the workspace existed were open for registration from the start
UPDATE campaign SET status = CASE
    WHEN results_locked_at IS NOT NULL THEN 'RESULTS_APPROVED'
    WHEN eligible_list_published_at IS NOT NULL THEN 'ELIGIBLE_LIST_PUBLISHED'
    ELSE 'REGISTRATION_OPEN' END;

-- Each lifecycle step taken, with who, when and why: the campaign's own history next to the audit chain.
CREATE TABLE campaign_step (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    from_status VARCHAR(30)  NOT NULL,
    to_status   VARCHAR(30)  NOT NULL,
    reason      VARCHAR(1000),
    taken_by    VARCHAR(100) NOT NULL,
    taken_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_campaign_step_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_campaign_step_campaign ON campaign_step (campaign_id, id);

-- A position's requirements (tiêu chuẩn, điều kiện).
ALTER TABLE position ADD COLUMN min_education VARCHAR(20) DEFAULT 'BACHELOR' NOT NULL;
ALTER TABLE position ADD COLUMN majors VARCHAR(1000);
ALTER TABLE position ADD COLUMN languages VARCHAR(200) DEFAULT 'ENGLISH' NOT NULL;
ALTER TABLE position ADD COLUMN language_exemption BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE position ADD COLUMN it_exemption BOOLEAN DEFAULT TRUE NOT NULL;

-- The exam plan of a position: rounds, each with parts. Round 2 used to be a hard-coded interview.
CREATE TABLE exam_part (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    position_id      BIGINT        NOT NULL,
    round_no         INT           NOT NULL,
    part_no          INT           NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    duration_minutes INT           NOT NULL,
    max_score        DECIMAL(6, 2) NOT NULL,
    weight_percent   INT           NOT NULL,
    pass_mark        DECIMAL(6, 2),
    CONSTRAINT fk_exam_part_position FOREIGN KEY (position_id) REFERENCES position (id),
    CONSTRAINT uq_exam_part UNIQUE (position_id, round_no, part_no)
);
-- existing positions: round 2 was an interview of 30 minutes on 100 points (the 2020 set has no per-part pass mark)
INSERT INTO exam_part (position_id, round_no, part_no, kind, duration_minutes, max_score, weight_percent, pass_mark)
    SELECT id, 2, 1, 'INTERVIEW', 30, 100, 100, NULL FROM position;
ALTER TABLE position DROP COLUMN round2_format;

-- The campaign each staff member last worked on (the picker remembers it per user).
CREATE TABLE campaign_choice (
    username    VARCHAR(100) NOT NULL PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    chosen_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_campaign_choice_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
