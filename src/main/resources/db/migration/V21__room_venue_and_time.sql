-- Rooms set up by the council before the eligible list is published (issue 11 § 3): where (the venue, e.g. a
-- school and its address) and when round 1 starts in the room; candidates then fill them in candidate-number order.
ALTER TABLE room ADD venue VARCHAR(200);
ALTER TABLE room ADD starts_at DATETIME(6);
