-- Actions the board agrees: what, who owns it (a board member), by when, and where it came from.
-- The source is a kind and a key, so that risks and assurance gaps can raise actions later;
-- for an assessment it is the round (source_id) and the item (source_ref). Who changed an
-- action last, and when, is kept with it.
CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  title TEXT NOT NULL,
  detail TEXT NOT NULL,
  owner_member_id INTEGER NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
  progress TEXT NOT NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('none', 'assessment')),
  source_id INTEGER,
  source_ref TEXT,
  created_by INTEGER REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES accounts (id),
  updated_at INTEGER NOT NULL,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);
CREATE INDEX actions_by_source ON actions (org_id, source_kind, source_id);
