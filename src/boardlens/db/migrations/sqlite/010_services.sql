-- The digital services register: what the organisation runs, who owns it on the board, who
-- uses it, who supplies it and what it costs (whole pounds). Each service has measures, each
-- a monthly or weekly series drawn on a Making Data Count chart with the options NHS
-- England's tool has: screening, rebasing from dates, and limits fixed after N points.
CREATE TABLE services (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  purpose TEXT NOT NULL,
  owner_member_id INTEGER NOT NULL,
  user_groups TEXT NOT NULL,
  approx_users INTEGER,
  stage TEXT NOT NULL
    CHECK (stage IN ('discovery', 'alpha', 'beta', 'live', 'retiring', 'retired')),
  supplier TEXT NOT NULL,
  contract_ends_on TEXT,
  capital_cost INTEGER,
  annual_revenue_cost INTEGER,
  whole_life_cost INTEGER,
  created_by INTEGER REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES accounts (id),
  updated_at INTEGER NOT NULL,
  UNIQUE (org_id, name),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);

CREATE TABLE service_measures (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL,
  service_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
    CHECK (kind IN ('availability', 'active_users', 'satisfaction', 'incidents', 'other')),
  unit TEXT NOT NULL,
  improvement TEXT NOT NULL CHECK (improvement IN ('up', 'down', 'neutral')),
  target REAL,
  frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'weekly')),
  screen INTEGER NOT NULL CHECK (screen IN (0, 1)),
  fix_after INTEGER CHECK (fix_after >= 2),
  UNIQUE (service_id, name),
  FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id) ON DELETE CASCADE
);

CREATE TABLE measure_rebases (
  measure_id INTEGER NOT NULL REFERENCES service_measures (id) ON DELETE CASCADE,
  from_date TEXT NOT NULL,
  PRIMARY KEY (measure_id, from_date)
);

CREATE TABLE measure_values (
  measure_id INTEGER NOT NULL REFERENCES service_measures (id) ON DELETE CASCADE,
  on_date TEXT NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (measure_id, on_date)
);
