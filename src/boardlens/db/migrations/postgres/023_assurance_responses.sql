-- The board's response to an assurance gap: an action in the one log, raised on the gap by its
-- key (source_ref), or a reason the board accepts for the difference, kept here. A gap is
-- named by its key only while its cause lasts, so nothing here refers to a table of gaps.
ALTER TABLE actions DROP CONSTRAINT actions_source_kind_check;
ALTER TABLE actions ADD CONSTRAINT actions_source_kind_check
  CHECK (source_kind IN ('none', 'assessment', 'risk', 'assurance_gap'));
CREATE INDEX actions_by_source_ref ON actions (org_id, source_kind, source_ref);

CREATE TABLE assurance_reasons (
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  gap_key TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_by BIGINT REFERENCES accounts (id),
  recorded_by_name TEXT NOT NULL,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (org_id, gap_key)
);
