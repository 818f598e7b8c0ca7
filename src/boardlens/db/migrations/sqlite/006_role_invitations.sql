-- An invitation link may also offer a role to an email address, which its holder accepts
-- with the account they have (or make one): an admin no longer gives a role to somebody
-- else's account, nor learns whether an address has one. Such a link has an email and a role
-- and no board member; a board member's link has neither. SQLite cannot loosen a column's
-- NOT NULL in place, so the table is made again.
CREATE TABLE invitations_006 (
  token_hash TEXT PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  member_id INTEGER,
  email TEXT,
  role TEXT CHECK (role IN ('admin', 'secretary', 'member', 'viewer')),
  created_by INTEGER REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id),
  CHECK ((member_id IS NULL) = (email IS NOT NULL AND role IS NOT NULL)),
  CHECK ((email IS NULL) = (role IS NULL))
);
INSERT INTO invitations_006 (token_hash, org_id, member_id, created_by, created_at, expires_at)
  SELECT token_hash, org_id, member_id, created_by, created_at, expires_at FROM invitations;
DROP TABLE invitations;
ALTER TABLE invitations_006 RENAME TO invitations;
CREATE INDEX invitations_by_member ON invitations (org_id, member_id);
CREATE INDEX invitations_by_email ON invitations (org_id, email);
CREATE INDEX invitations_by_expiry ON invitations (expires_at);
