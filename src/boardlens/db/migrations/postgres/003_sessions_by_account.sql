-- Listing an account's API tokens, and signing it out everywhere, look sessions up by account.
CREATE INDEX sessions_by_account ON sessions (account_id);
