-- Issue 15 § 7, winners (người trúng tuyển), ND 138/2020/NĐ-CP Art. 17: each winner's dossier with its deadline, the
-- secretary's verification of each checklist item (append-only: a change of mind is a new row), the cancellation of a
-- result (one per dossier, with its kind and reason, never changed) and the bar false documents put on a citizen ID.
CREATE TABLE winner_dossier (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT       NOT NULL,
    position_id    BIGINT       NOT NULL,
    application_id BIGINT       NOT NULL,
    result_set_id  BIGINT       NOT NULL,
    noticed_on     DATE         NOT NULL,
    deadline       DATE         NOT NULL,
    checklist      VARCHAR(200) NOT NULL,
    opened_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_winner_dossier_application UNIQUE (application_id)
);
CREATE INDEX ix_winner_dossier_campaign ON winner_dossier (campaign_id, position_id);

CREATE TABLE dossier_item_check (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id  BIGINT       NOT NULL,
    item        VARCHAR(30)  NOT NULL,
    verified    BOOLEAN      NOT NULL,
    note        VARCHAR(500),
    checked_by  VARCHAR(100) NOT NULL,
    checked_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_dossier_item_check_dossier FOREIGN KEY (dossier_id) REFERENCES winner_dossier (id)
);
CREATE INDEX ix_dossier_item_check_dossier ON dossier_item_check (dossier_id, id);

CREATE TABLE winner_cancellation (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id     BIGINT        NOT NULL,
    campaign_id    BIGINT        NOT NULL,
    position_id    BIGINT        NOT NULL,
    application_id BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    cancelled_by   VARCHAR(100)  NOT NULL,
    cancelled_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_winner_cancellation_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_winner_cancellation_dossier FOREIGN KEY (dossier_id) REFERENCES winner_dossier (id)
);
CREATE INDEX ix_winner_cancellation_campaign ON winner_cancellation (campaign_id);

CREATE TABLE citizen_bar (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    citizen_id      VARCHAR(20)   NOT NULL,
    full_name       VARCHAR(200)  NOT NULL,
    campaign_id     BIGINT        NOT NULL,
    cancellation_id BIGINT        NOT NULL,
    barred_on       DATE          NOT NULL,
    bar_campaigns   INT           NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    barred_by       VARCHAR(100)  NOT NULL,
    barred_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_citizen_bar_cancellation FOREIGN KEY (cancellation_id) REFERENCES winner_cancellation (id)
);
CREATE INDEX ix_citizen_bar_citizen ON citizen_bar (citizen_id);

-- a cancelled winner's line in a later version of the results says why
ALTER TABLE result_entry ADD COLUMN cancel_reason VARCHAR(1000);
-- registration's check of the citizen ID against the bars, kept with the application when it is filed
ALTER TABLE application ADD COLUMN bar_note VARCHAR(1000);
