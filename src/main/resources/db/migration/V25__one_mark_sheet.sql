-- One record of every human mark (issue 13 § 8): the scores the interview (or practical) board gives in person and
-- the decisions of its head or of the council chair become mark sheets, like the written markers' sheets. A sheet is
-- either of a script, marked blind by its code (script_id), or of a candidate's part marked in person
-- (application_id, part_no). Every correction of a board member is a sheet of its own; the latest counts.
ALTER TABLE mark_sheet MODIFY COLUMN script_id BIGINT NULL;
ALTER TABLE mark_sheet ADD COLUMN application_id BIGINT NULL;
ALTER TABLE mark_sheet ADD COLUMN part_no INT NULL;
ALTER TABLE mark_sheet ADD CONSTRAINT fk_mark_sheet_application FOREIGN KEY (application_id) REFERENCES application (id);
CREATE INDEX ix_mark_sheet_application ON mark_sheet (application_id, part_no);

-- the board's part of each position: its first round-2 part marked in person, part 1 for plans of the first versions
INSERT INTO mark_sheet (script_id, sheet, marker_id, marker_name, question_marks, mark, reason, entered_at,
                        application_id, part_no)
SELECT NULL, 'MEMBER', m.grader_id, m.grader_name, NULL, m.score, NULL, m.entered_at, m.application_id,
       COALESCE((SELECT MIN(e.part_no) FROM exam_part e WHERE e.position_id = a.position_id AND e.round_no = 2
                 AND e.kind IN ('INTERVIEW', 'PRACTICAL')), 1)
FROM interview_mark m JOIN application a ON a.id = m.application_id
ORDER BY m.id;

INSERT INTO mark_sheet (script_id, sheet, marker_id, marker_name, question_marks, mark, reason, entered_at,
                        application_id, part_no)
SELECT NULL, CASE d.decided_as WHEN 'COUNCIL_CHAIR' THEN 'CHAIR' ELSE 'HEAD' END, COALESCE(u.id, 0),
       COALESCE(u.full_name, d.decided_by), NULL, d.score, d.reason, d.decided_at, d.application_id,
       COALESCE((SELECT MIN(e.part_no) FROM exam_part e WHERE e.position_id = a.position_id AND e.round_no = 2
                 AND e.kind IN ('INTERVIEW', 'PRACTICAL')), 1)
FROM interview_decision d JOIN application a ON a.id = d.application_id
     LEFT JOIN user_account u ON u.username = d.decided_by
ORDER BY d.id;

DROP TABLE interview_decision;
DROP TABLE interview_mark;
