-- Check-in is enforced: a candidate starts a part only after an invigilator checked them in at the door, unless
-- the secretary turned the rule off for the room's sitting before it opened (e.g. a practice sitting).
ALTER TABLE sitting ADD COLUMN check_in_required BOOLEAN DEFAULT TRUE NOT NULL;

-- The candidate's own "review this later" marker per question of their paper. Not evidence and not scored:
-- it only helps the candidate find the questions they wanted to see again (also after a reload or on another
-- computer). Kept on the paper item, so drawing the screen reads it with the paper and a save never touches it.
ALTER TABLE paper_item ADD COLUMN flagged BOOLEAN DEFAULT FALSE NOT NULL;
