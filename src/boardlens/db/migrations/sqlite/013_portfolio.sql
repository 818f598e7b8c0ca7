-- The portfolio: programmes and the projects in them (one table, by kind), each linked to the
-- strategy priorities it serves (by the priority's key, which stays the same across the
-- strategy's versions), its funding by source, its whole-life cost year by year, and the
-- delivery confidence reported each month with its narrative (one a month, every month kept),
-- and the benefits each is to bring.
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

-- Benefits a programme or project is to bring, each owned by a board member and measured from
-- a baseline to a target by a date; the actuals are charted as service measures are.
CREATE TABLE portfolio_benefits (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  owner_member_id INTEGER NOT NULL,
  measure TEXT NOT NULL,
  unit TEXT NOT NULL,
  improvement TEXT NOT NULL CHECK (improvement IN ('up', 'down')),
  baseline REAL NOT NULL,
  baseline_on TEXT NOT NULL,
  target REAL NOT NULL,
  target_on TEXT NOT NULL CHECK (target_on > baseline_on),
  updated_by INTEGER REFERENCES accounts (id),
  updated_at INTEGER NOT NULL,
  UNIQUE (org_id, id),
  UNIQUE (item_id, title),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id),
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);

CREATE TABLE benefit_actuals (
  org_id INTEGER NOT NULL,
  benefit_id INTEGER NOT NULL,
  on_date TEXT NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (org_id, benefit_id, on_date),
  FOREIGN KEY (org_id, benefit_id) REFERENCES portfolio_benefits (org_id, id)
);
