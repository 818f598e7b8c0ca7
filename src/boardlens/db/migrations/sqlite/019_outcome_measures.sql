-- A strategy outcome may be linked to a measure of one of the organisation's services, and is
-- then judged against its trajectory: a straight line from its baseline (measured on
-- baseline_on, or at the start of the strategy) to its target by due_on. The link is kept per
-- outcome key in each version, as the rest of the outcome is. No foreign key: a version is a
-- record of what the strategy said, so it keeps the link if the measure is later removed (the
-- strategy page then says so); the use cases refuse another organisation's measure.
ALTER TABLE strategy_outcomes ADD COLUMN measure_id INTEGER;
ALTER TABLE strategy_outcomes ADD COLUMN baseline_on TEXT;
