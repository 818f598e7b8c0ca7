-- "Forgot your password?": a link mailed to the account's address sets a new password once.
-- Only a hash of the link's token is kept, as for sessions; one live link an account.
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX password_resets_by_account ON password_resets (account_id);
CREATE INDEX password_resets_by_expiry ON password_resets (expires_at);

-- Every request for a link, whether or not an account uses the address, so that neither one
-- address nor one source can ask for many.
CREATE TABLE password_reset_requests (
  email TEXT NOT NULL,
  source TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX password_reset_requests_by_email ON password_reset_requests (email, at);
CREATE INDEX password_reset_requests_by_source ON password_reset_requests (source, at);
CREATE INDEX password_reset_requests_by_time ON password_reset_requests (at);
