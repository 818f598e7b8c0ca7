-- Programme assurance: each programme or project may name its senior responsible owner (a
-- board member of its organisation), its start and end dates, its budget and spend to date in
-- whole pounds, and its milestones with their status, in the keeper's order. Empty dates and
-- null amounts are not recorded yet. Whether a milestone is overdue is worked out from today's
-- date, never stored.
ALTER TABLE portfolio_items ADD COLUMN sro_member_id BIGINT,
  ADD COLUMN starts_on TEXT NOT NULL DEFAULT '',
  ADD COLUMN ends_on TEXT NOT NULL DEFAULT '',
  ADD COLUMN budget BIGINT CHECK (budget >= 0),
  ADD COLUMN spend_to_date BIGINT CHECK (spend_to_date >= 0),
  ADD FOREIGN KEY (org_id, sro_member_id) REFERENCES members (org_id, id);

CREATE TABLE portfolio_milestones (
  org_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL,
  place BIGINT NOT NULL CHECK (place >= 0),
  title TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('not_started', 'on_track', 'at_risk', 'missed', 'complete')),
  completed_on TEXT NOT NULL,
  PRIMARY KEY (org_id, item_id, place),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id),
  CHECK ((status = 'complete') = (completed_on <> ''))
);
