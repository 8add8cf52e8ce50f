-- The round-2 parts behind a line of a result set (a written paper's mark after blind marking, an interview's or a
-- practical's board score), kept with the version they were ranked in so the candidate's own result and any later
-- reading show the marks that version used. Written once with the line, never changed.
CREATE TABLE result_entry_part (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    result_entry_id BIGINT        NOT NULL,
    part_no         INT           NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    mark            DECIMAL(6, 2) NOT NULL,
    max_score       DECIMAL(6, 2) NOT NULL,
    weight_percent  INT           NOT NULL,
    CONSTRAINT fk_result_entry_part_entry FOREIGN KEY (result_entry_id) REFERENCES result_entry (id),
    CONSTRAINT uq_result_entry_part UNIQUE (result_entry_id, part_no)
);
