-- The eligible list's versions (issue 11 § 4): version 1 is the publication; after it the secretary may correct a
-- decision with a reason, each correction a new, audited version naming the application and the change.
CREATE TABLE eligible_list_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT        NOT NULL,
    version        INT           NOT NULL,
    application_id BIGINT,
    correction     VARCHAR(80)   NOT NULL,
    reason         VARCHAR(1000),
    decided_by     VARCHAR(100)  NOT NULL,
    decided_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_eligible_list_version_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT uq_eligible_list_version UNIQUE (campaign_id, version)
);

-- versions of lists published before this change: version 1, when each was published
INSERT INTO eligible_list_version (campaign_id, version, application_id, correction, reason, decided_by, decided_at)
SELECT id, 1, NULL, 'PUBLISHED', NULL, 'migration', eligible_list_published_at FROM campaign
WHERE eligible_list_published_at IS NOT NULL;
