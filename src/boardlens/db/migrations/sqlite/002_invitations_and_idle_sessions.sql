-- Invitation links: a secretary hands one to a board member, who follows it to make their own
-- account. Only a hash of the link's token is kept, as for sessions. One live link a member;
-- created_by is empty for links the operator made.
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY,
  org_id INTEGER NOT NULL,
  member_id INTEGER NOT NULL,
  created_by INTEGER REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id)
);
CREATE INDEX invitations_by_member ON invitations (org_id, member_id);
CREATE INDEX invitations_by_expiry ON invitations (expires_at);

-- When a browser session was last used, so that one left idle ends early. Sessions from
-- before this migration count as last used when they began.
ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;
