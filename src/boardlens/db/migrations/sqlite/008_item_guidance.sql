-- Why each item matters, in a sentence or two, shown with its question and its results.
-- Frameworks loaded before this migration have none; a new version of a file can add it.
ALTER TABLE framework_items ADD COLUMN why TEXT NOT NULL DEFAULT '';
