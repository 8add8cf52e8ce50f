-- Every session of an account ends when it is disabled or its password is reset or changed (issue 11 § 3): the
-- generation is kept in the signed-in principal and checked on each request.
ALTER TABLE user_account ADD session_generation INT NOT NULL DEFAULT 0;
