-- The digital strategy, kept as versions: every save writes a whole new version (the header
-- here, its outcomes, ranked priorities and not-doing list below), with who saved it and
-- when. The secretary records the date the board approved a version. An item keeps its key
-- from version to version, so a later version can be compared with the approved one and
-- projects can link to a priority.
CREATE TABLE strategy_versions (
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  version BIGINT NOT NULL CHECK (version >= 1),
  vision TEXT NOT NULL,
  horizon_start BIGINT NOT NULL,
  horizon_end BIGINT NOT NULL CHECK (horizon_end >= horizon_start),
  reviewed_on TEXT,
  next_review_on TEXT,
  system_title TEXT NOT NULL,
  system_url TEXT NOT NULL,
  saved_by BIGINT REFERENCES accounts (id),
  saved_by_name TEXT NOT NULL,
  saved_at BIGINT NOT NULL,
  approved_on TEXT,
  approved_by BIGINT REFERENCES accounts (id),
  approved_by_name TEXT,
  approved_at BIGINT,
  PRIMARY KEY (org_id, version)
);

CREATE TABLE strategy_outcomes (
  org_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  item_key BIGINT NOT NULL,
  place BIGINT NOT NULL,
  title TEXT NOT NULL,
  measure TEXT NOT NULL,
  baseline TEXT NOT NULL,
  target TEXT NOT NULL,
  due_on TEXT,
  PRIMARY KEY (org_id, version, item_key),
  FOREIGN KEY (org_id, version) REFERENCES strategy_versions (org_id, version)
);

CREATE TABLE strategy_priorities (
  org_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  item_key BIGINT NOT NULL,
  place BIGINT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  is_top BIGINT NOT NULL CHECK (is_top IN (0, 1)),
  PRIMARY KEY (org_id, version, item_key),
  FOREIGN KEY (org_id, version) REFERENCES strategy_versions (org_id, version)
);

CREATE TABLE strategy_not_doing (
  org_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  item_key BIGINT NOT NULL,
  place BIGINT NOT NULL,
  what TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (org_id, version, item_key),
  FOREIGN KEY (org_id, version) REFERENCES strategy_versions (org_id, version)
);
