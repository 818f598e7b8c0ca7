-- Each board pack issued for a meeting, kept as it was issued so that the board can later see
-- what it was shown: the file itself (as base64, which both engines hold as text), its SHA-256,
-- who issued it and when.
CREATE TABLE issued_packs (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  meeting_on TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('board', 'public')),
  issued_by INTEGER REFERENCES accounts (id),
  issued_by_name TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  pdf_base64 TEXT NOT NULL
);
CREATE INDEX issued_packs_by_org ON issued_packs (org_id, issued_at);
