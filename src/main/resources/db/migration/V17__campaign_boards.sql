-- The council's boards per campaign (issue 11): form review, questions, invigilation, anonymisation, marking,
-- interview (per position or for all: position_scope 0), appeals, supervision. A seat on a board or the council is
-- what lets a staff member reach the campaign. The interview board of earlier versions (board_member) moves here.
CREATE TABLE board_seat (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT       NOT NULL,
    board          VARCHAR(20)  NOT NULL,
    user_id        BIGINT       NOT NULL,
    position_scope BIGINT       NOT NULL DEFAULT 0,
    head           BOOLEAN      NOT NULL,
    added_by       VARCHAR(100) NOT NULL,
    added_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_board_seat_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_board_seat_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT uq_board_seat UNIQUE (campaign_id, board, user_id, position_scope)
);
CREATE INDEX ix_board_seat_user ON board_seat (user_id);

INSERT INTO board_seat (campaign_id, board, user_id, position_scope, head, added_by, added_at)
SELECT campaign_id, 'INTERVIEW', user_id, 0, head, 'migration', CURRENT_TIMESTAMP FROM board_member;

DROP TABLE board_member;
