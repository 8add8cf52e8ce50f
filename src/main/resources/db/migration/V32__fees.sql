-- Fees (TT 92/2021/TT-BTC): one row per receipt recorded for a candidate, typed by the secretary or taken from the
-- bank's statement. Never deleted: a mistaken receipt is cancelled with who, when and why. A receipt number is used
-- once in a campaign (cancelled ones too); a candidate has at most one payment in force (active_application_id is
-- the application while the payment stands, NULL once cancelled: a unique key that ignores the cancelled).
CREATE TABLE fee_payment (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id           BIGINT        NOT NULL,
    application_id        BIGINT        NOT NULL,
    active_application_id BIGINT        NULL,
    receipt_number        VARCHAR(50)   NOT NULL,
    paid_on               DATE          NOT NULL,
    amount_vnd            BIGINT        NOT NULL,
    source                VARCHAR(20)   NOT NULL,
    reference             VARCHAR(500)  NULL,
    recorded_by           VARCHAR(100)  NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    cancelled_by          VARCHAR(100)  NULL,
    cancelled_at          DATETIME(6)   NULL,
    cancel_reason         VARCHAR(500)  NULL,
    CONSTRAINT fk_fee_payment_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_fee_payment_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uq_fee_payment_receipt UNIQUE (campaign_id, receipt_number),
    CONSTRAINT uq_fee_payment_active UNIQUE (active_application_id)
);
CREATE INDEX ix_fee_payment_application ON fee_payment (application_id);
