-- Each board pack issued for a meeting, kept as it was issued so that the board can later see
-- what it was shown: the file itself (as base64, which both engines hold as text), its SHA-256,
-- who issued it and when.
CREATE TABLE issued_packs (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  meeting_on TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('board', 'public')),
  issued_by BIGINT REFERENCES accounts (id),
  issued_by_name TEXT NOT NULL,
  issued_at BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  pdf_base64 TEXT NOT NULL
);
CREATE INDEX issued_packs_by_org ON issued_packs (org_id, issued_at);
