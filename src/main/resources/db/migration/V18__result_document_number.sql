-- The number of the official document that publishes the results (e.g. "15/TB-HĐTD"), printed under the
-- authority on the official list (issue 11 § 4).
ALTER TABLE result_set ADD document_number VARCHAR(60);
