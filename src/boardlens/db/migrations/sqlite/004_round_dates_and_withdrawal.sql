-- When a round opened (a round cannot close before it), the date by which members are asked
-- to answer, and when the secretary withdrew it. Withdrawal is its own column rather than a
-- new status, because SQLite cannot change the status CHECK without rebuilding the table
-- that answers refer to. Rounds opened before this migration count as opened when created.
ALTER TABLE rounds ADD COLUMN opened_on TEXT;
ALTER TABLE rounds ADD COLUMN closes_by TEXT;
ALTER TABLE rounds ADD COLUMN withdrawn_on TEXT;
UPDATE rounds SET opened_on = date(created_at, 'unixepoch')
  WHERE status <> 'draft' AND imported = 0;
