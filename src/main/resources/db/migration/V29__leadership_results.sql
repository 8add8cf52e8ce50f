-- A leadership exam's result list uses the recruitment result sets (versions, the chair's approval, publication);
-- each line also keeps the candidate's part 1 (written) mark beside the part 2 (đề án) score and the final score.
ALTER TABLE result_entry ADD COLUMN part1_score DECIMAL(5,2);
