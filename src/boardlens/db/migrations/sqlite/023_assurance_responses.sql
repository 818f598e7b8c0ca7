-- The board's response to an assurance gap: an action in the one log, raised on the gap by its
-- key (source_ref), or a reason the board accepts for the difference, kept here. A gap is
-- named by its key only while its cause lasts, so nothing here refers to a table of gaps.
-- SQLite cannot change a CHECK constraint, so the log's table is built again.
CREATE TABLE actions_new (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  title TEXT NOT NULL,
  detail TEXT NOT NULL,
  owner_member_id INTEGER NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
  progress TEXT NOT NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('none', 'assessment', 'risk', 'assurance_gap')),
  source_id INTEGER,
  source_ref TEXT,
  created_by INTEGER REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES accounts (id),
  updated_at INTEGER NOT NULL,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);
INSERT INTO actions_new SELECT * FROM actions;
DROP TABLE actions;
ALTER TABLE actions_new RENAME TO actions;
CREATE INDEX actions_by_source ON actions (org_id, source_kind, source_id);
CREATE INDEX actions_by_source_ref ON actions (org_id, source_kind, source_ref);

CREATE TABLE assurance_reasons (
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  gap_key TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_by INTEGER REFERENCES accounts (id),
  recorded_by_name TEXT NOT NULL,
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (org_id, gap_key)
);
