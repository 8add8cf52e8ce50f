-- The summons to a round (giấy triệu tập, TT 6/2020 Art. 12: at least 5 working days before): one per round of a
-- campaign, with the sitting it summons to, how many were summoned, and whether the secretary sent it although the
-- sitting was already too close (warned and confirmed). The letters themselves are notices (kind SUMMONS).
CREATE TABLE summons (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT        NOT NULL,
    round_no    INT           NOT NULL,
    -- round 1: the earliest room's start; round 2: the time the secretary gave
    sitting_at  DATETIME(6)   NOT NULL,
    venue       VARCHAR(300)  NULL,
    recipients  INT           NOT NULL,
    too_close   BOOLEAN       NOT NULL,
    sent_by     VARCHAR(100)  NOT NULL,
    sent_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_summons_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT uq_summons_round UNIQUE (campaign_id, round_no)
);
