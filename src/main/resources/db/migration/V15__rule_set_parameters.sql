-- Rule sets as data (issue 11): a campaign keeps its rule set (campaign.rule_set) and records here the options it
-- chose within it (the ND 116/2024 tie chain, the trade-union priority points, the chair's escalation of a wide
-- board spread). Append-only: the newest row per option counts, earlier rows are the history with who/when/why.
CREATE TABLE campaign_rule_option (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT        NOT NULL,
    option_name  VARCHAR(40)   NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    chosen_by    VARCHAR(100)  NOT NULL,
    chosen_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_campaign_rule_option_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_campaign_rule_option_campaign ON campaign_rule_option (campaign_id, id);

-- Who decided a board score when the members were too far apart: the board head (5 < spread < 10, and every
-- decision made before this column) or the council chair (spread of 10 or more, when the campaign escalates).
ALTER TABLE interview_decision ADD COLUMN decided_as VARCHAR(20) DEFAULT 'BOARD_HEAD' NOT NULL;
