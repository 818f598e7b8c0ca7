-- A portfolio item may be a proposal the board has yet to decide on, and a "risk of not acting"
-- names the proposal it would block by reference rather than by text. Proposals that risks
-- named in text become proposed portfolio items of the same name, so no link is lost.
ALTER TABLE portfolio_items ADD COLUMN stage TEXT NOT NULL DEFAULT 'in_delivery'
  CHECK (stage IN ('proposed', 'in_delivery'));

ALTER TABLE risks ADD COLUMN blocks_item_id INTEGER REFERENCES portfolio_items (id);

-- SQLite cannot add the two-column key PostgreSQL has (org_id, blocks_item_id), and rebuilding
-- the table would take its actions and reviews with it; these triggers keep a risk to its own
-- organisation's portfolio instead.
CREATE TRIGGER risks_block_own_items_on_insert BEFORE INSERT ON risks
WHEN NEW.blocks_item_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM portfolio_items p WHERE p.org_id = NEW.org_id AND p.id = NEW.blocks_item_id)
BEGIN
  SELECT RAISE(ABORT, 'a risk may name only its own organisation''s portfolio items');
END;

CREATE TRIGGER risks_block_own_items_on_update BEFORE UPDATE OF org_id, blocks_item_id ON risks
WHEN NEW.blocks_item_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM portfolio_items p WHERE p.org_id = NEW.org_id AND p.id = NEW.blocks_item_id)
BEGIN
  SELECT RAISE(ABORT, 'a risk may name only its own organisation''s portfolio items');
END;

INSERT INTO portfolio_items (org_id, kind, name, description, created_at, updated_at, stage)
SELECT r.org_id, 'project', r.blocks_proposal, '', MAX(r.updated_at), MAX(r.updated_at), 'proposed'
FROM risks r
WHERE r.blocks_proposal <> '' AND NOT EXISTS (
  SELECT 1 FROM portfolio_items p WHERE p.org_id = r.org_id AND p.name = r.blocks_proposal)
GROUP BY r.org_id, r.blocks_proposal;

UPDATE risks SET blocks_item_id = (
  SELECT p.id FROM portfolio_items p WHERE p.org_id = risks.org_id AND p.name = risks.blocks_proposal)
WHERE blocks_proposal <> '';

ALTER TABLE risks DROP COLUMN blocks_proposal;
