-- Purging a subject's questions needs a verified export of exactly that subject (security review, finding 1):
-- a verification of the archive against its recorded seal is kept on the export.
ALTER TABLE sealed_export ADD COLUMN verified_at DATETIME(6);
ALTER TABLE sealed_export ADD COLUMN verified_by VARCHAR(100);

-- Invigilators act only on the rooms they are assigned to (security review, finding 13).
CREATE TABLE room_invigilator (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id     BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    assigned_by VARCHAR(100) NOT NULL,
    assigned_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_room_invigilator_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_room_invigilator_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT uq_room_invigilator UNIQUE (room_id, user_id)
);
CREATE INDEX ix_room_invigilator_user ON room_invigilator (user_id);
