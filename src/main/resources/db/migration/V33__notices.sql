-- Notices to candidates (thông báo): an outbox written in the same transaction as the event that causes it, so a
-- notice exists if and only if its event committed. The candidate's inbox reads the same rows; a sender mails the
-- PENDING ones (claimed by a conditional update to SENDING first, so two nodes never send the same one).
CREATE TABLE notice (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    user_id         BIGINT        NOT NULL,
    email           VARCHAR(254),
    recipient_name  VARCHAR(200)  NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_at      DATETIME(6),
    last_error      VARCHAR(500),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    version         BIGINT        NOT NULL
);

CREATE INDEX notice_due ON notice (state, next_attempt_at);
CREATE INDEX notice_user ON notice (user_id, id);
CREATE INDEX notice_campaign ON notice (campaign_id, id);
