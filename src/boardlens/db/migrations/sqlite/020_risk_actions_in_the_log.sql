-- The actions agreed on risks join the one action log: an action's source may be a risk
-- (source_id), and every action kept in risk_actions moves there with its owner, date and
-- status. SQLite cannot change a CHECK constraint, so the log's table is built again.
CREATE TABLE actions_new (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  title TEXT NOT NULL,
  detail TEXT NOT NULL,
  owner_member_id INTEGER NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
  progress TEXT NOT NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('none', 'assessment', 'risk')),
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

INSERT INTO actions (org_id, title, detail, owner_member_id, due_on, status, progress,
                     source_kind, source_id, created_by, created_at, updated_by, updated_at)
SELECT org_id, title, '', owner_member_id, due_on, status, '', 'risk', risk_id, updated_by,
       updated_at, updated_by, updated_at
FROM risk_actions ORDER BY id;
DROP TABLE risk_actions;
