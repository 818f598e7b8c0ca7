-- The board-questions checklist. A framework marked `checklist: true` in its YAML joins it;
-- the shipped board-questions framework was loaded before the flag existed, so it is marked
-- here rather than by a new version of the file.
ALTER TABLE frameworks ADD COLUMN checklist INTEGER NOT NULL DEFAULT 0 CHECK (checklist IN (0, 1));
UPDATE frameworks SET checklist = 1 WHERE ref = 'board-questions' AND owner_org_id IS NULL;

-- Each change to a question's record is a new row, so the newest row of a question is its
-- current state and the older ones its history. Questions are named by their framework's ref
-- and their item's ref, which stay the same across versions of the framework.
CREATE TABLE question_records (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  framework_ref TEXT NOT NULL,
  item_ref TEXT NOT NULL,
  answer TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'partly_assured', 'assured')),
  owner_member_id INTEGER,
  next_review_on TEXT,
  changed_by INTEGER REFERENCES accounts (id),
  changed_by_name TEXT NOT NULL,
  changed_at INTEGER NOT NULL,
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);
CREATE INDEX question_records_by_question ON question_records (org_id, framework_ref, item_ref, id);

CREATE TABLE question_evidence (
  record_id INTEGER NOT NULL REFERENCES question_records (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
