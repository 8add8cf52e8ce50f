-- Issue 15 § 1: a candidate's scans are kept in the database (as before) or, where the office sets
-- thituyen.documents.directory, in that directory under <campaign>/<sha256> (written once, named by content), the
-- row keeping the name, size and SHA-256 and no bytes. Every read checks the bytes against the SHA-256.
ALTER TABLE candidate_document ADD COLUMN stored_in VARCHAR(10) NOT NULL DEFAULT 'DATABASE';
