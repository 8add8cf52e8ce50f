-- A candidate may claim several priority categories, each reviewed on its own; the highest confirmed one applies
-- (issue 11 § 2; ND 138/2020/NĐ-CP Art. 5(2)). The single claim of earlier versions moves here.
CREATE TABLE priority_claim (
    application_id BIGINT       NOT NULL,
    category       VARCHAR(40)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    decided_by     VARCHAR(100),
    decided_at     DATETIME(6),
    CONSTRAINT pk_priority_claim PRIMARY KEY (application_id, category),
    CONSTRAINT fk_priority_claim_application FOREIGN KEY (application_id) REFERENCES application (id)
);

INSERT INTO priority_claim (application_id, category, status, decided_by, decided_at)
SELECT id, priority_category, priority_status,
       CASE WHEN priority_status IN ('CONFIRMED', 'REFUSED') THEN reviewed_by END,
       CASE WHEN priority_status IN ('CONFIRMED', 'REFUSED') THEN reviewed_at END
FROM application WHERE priority_category IS NOT NULL;

ALTER TABLE application DROP COLUMN priority_category;
ALTER TABLE application DROP COLUMN priority_status;
