-- The recruitment council of a campaign (Hội đồng tuyển dụng), and relatives its members declare among the
-- candidates (issue 11). A relative who is a candidate bars the member (ND 138/2020/NĐ-CP Art. 6).
CREATE TABLE council_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    council_role VARCHAR(20)  NOT NULL,
    added_by     VARCHAR(100) NOT NULL,
    added_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_council_member_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT uq_council_member UNIQUE (campaign_id, user_id)
);

CREATE TABLE relative_declaration (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    citizen_id  CHAR(12)     NOT NULL,
    full_name   VARCHAR(100) NOT NULL,
    relation    VARCHAR(20)  NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_relative_declaration_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_relative_declaration ON relative_declaration (campaign_id, user_id);
