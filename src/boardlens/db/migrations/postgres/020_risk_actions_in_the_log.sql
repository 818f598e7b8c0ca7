-- The actions agreed on risks join the one action log: an action's source may be a risk
-- (source_id), and every action kept in risk_actions moves there with its owner, date and
-- status.
ALTER TABLE actions DROP CONSTRAINT actions_source_kind_check;
ALTER TABLE actions ADD CONSTRAINT actions_source_kind_check
  CHECK (source_kind IN ('none', 'assessment', 'risk'));

INSERT INTO actions (org_id, title, detail, owner_member_id, due_on, status, progress,
                     source_kind, source_id, created_by, created_at, updated_by, updated_at)
SELECT org_id, title, '', owner_member_id, due_on, status, '', 'risk', risk_id, updated_by,
       updated_at, updated_by, updated_at
FROM risk_actions ORDER BY id;
DROP TABLE risk_actions;
