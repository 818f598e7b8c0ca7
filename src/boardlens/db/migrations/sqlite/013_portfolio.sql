-- The portfolio: programmes and the projects in them (one table, by kind), each linked to the
-- strategy priorities it serves (by the priority's key, which stays the same across the
-- strategy's versions), its funding by source, its whole-life cost year by year, and the
-- delivery confidence reported each month with its narrative (one a month, every month kept).
CREATE TABLE portfolio_items (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  kind TEXT NOT NULL CHECK (kind IN ('programme', 'project')),
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  programme_id INTEGER,
  created_by INTEGER REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES accounts (id),
  updated_at INTEGER NOT NULL,
  UNIQUE (org_id, name),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, programme_id) REFERENCES portfolio_items (org_id, id)
);

CREATE TABLE portfolio_priorities (
  org_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  priority_key INTEGER NOT NULL,
  PRIMARY KEY (org_id, item_id, priority_key),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id)
);

CREATE TABLE portfolio_funding (
  org_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('capital', 'revenue', 'one_off')),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (org_id, item_id, source),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id)
);

CREATE TABLE portfolio_costs (
  org_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  cost_year INTEGER NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (org_id, item_id, cost_year),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id)
);

CREATE TABLE portfolio_ratings (
  org_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  rating_month TEXT NOT NULL,
  confidence TEXT NOT NULL
    CHECK (confidence IN ('green', 'amber_green', 'amber', 'amber_red', 'red')),
  narrative TEXT NOT NULL,
  reported_by INTEGER REFERENCES accounts (id),
  reported_by_name TEXT NOT NULL,
  reported_at INTEGER NOT NULL,
  PRIMARY KEY (org_id, item_id, rating_month),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id)
);
