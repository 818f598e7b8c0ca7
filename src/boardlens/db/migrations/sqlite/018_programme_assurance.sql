-- Programme assurance: each programme or project may name its senior responsible owner (a
-- board member of its organisation), its start and end dates, its budget and spend to date in
-- whole pounds, and its milestones with their status, in the keeper's order. Empty dates and
-- null amounts are not recorded yet. Whether a milestone is overdue is worked out from today's
-- date, never stored.
ALTER TABLE portfolio_items ADD COLUMN sro_member_id INTEGER REFERENCES members (id);
ALTER TABLE portfolio_items ADD COLUMN starts_on TEXT NOT NULL DEFAULT '';
ALTER TABLE portfolio_items ADD COLUMN ends_on TEXT NOT NULL DEFAULT '';
ALTER TABLE portfolio_items ADD COLUMN budget INTEGER CHECK (budget >= 0);
ALTER TABLE portfolio_items ADD COLUMN spend_to_date INTEGER CHECK (spend_to_date >= 0);

-- SQLite cannot add the two-column key PostgreSQL has (org_id, sro_member_id); these triggers
-- keep the senior responsible owner to the item's own organisation's board instead.
CREATE TRIGGER portfolio_items_own_sro_on_insert BEFORE INSERT ON portfolio_items
WHEN NEW.sro_member_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM members m WHERE m.org_id = NEW.org_id AND m.id = NEW.sro_member_id)
BEGIN
  SELECT RAISE(ABORT, 'a senior responsible owner must be on the organisation''s own board');
END;

CREATE TRIGGER portfolio_items_own_sro_on_update
BEFORE UPDATE OF org_id, sro_member_id ON portfolio_items
WHEN NEW.sro_member_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM members m WHERE m.org_id = NEW.org_id AND m.id = NEW.sro_member_id)
BEGIN
  SELECT RAISE(ABORT, 'a senior responsible owner must be on the organisation''s own board');
END;

CREATE TABLE portfolio_milestones (
  org_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  place INTEGER NOT NULL CHECK (place >= 0),
  title TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('not_started', 'on_track', 'at_risk', 'missed', 'complete')),
  completed_on TEXT NOT NULL,
  PRIMARY KEY (org_id, item_id, place),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id),
  CHECK ((status = 'complete') = (completed_on <> ''))
);
