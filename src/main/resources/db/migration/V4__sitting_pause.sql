-- An invigilator may pause a room (power cut, network failure); the time paused is given back on resume.
ALTER TABLE sitting ADD COLUMN paused_at DATETIME(6);
ALTER TABLE sitting ADD COLUMN paused_by VARCHAR(100);

CREATE TABLE sitting_pause (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    sitting_id  BIGINT       NOT NULL,
    paused_at   DATETIME(6)  NOT NULL,
    resumed_at  DATETIME(6)  NOT NULL,
    paused_by   VARCHAR(100) NOT NULL,
    resumed_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_sitting_pause_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id)
);
