-- The digital services register: what the organisation runs, who owns it on the board, who
-- uses it, who supplies it and what it costs (whole pounds). Each service has measures, each
-- a monthly or weekly series drawn on a Making Data Count chart with the options NHS
-- England's tool has: screening, rebasing from dates, and limits fixed after N points.
CREATE TABLE services (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  purpose TEXT NOT NULL,
  owner_member_id BIGINT NOT NULL,
  user_groups TEXT NOT NULL,
  approx_users BIGINT,
  stage TEXT NOT NULL
    CHECK (stage IN ('discovery', 'alpha', 'beta', 'live', 'retiring', 'retired')),
  supplier TEXT NOT NULL,
  contract_ends_on TEXT,
  capital_cost BIGINT,
  annual_revenue_cost BIGINT,
  whole_life_cost BIGINT,
  created_by BIGINT REFERENCES accounts (id),
  created_at BIGINT NOT NULL,
  updated_by BIGINT REFERENCES accounts (id),
  updated_at BIGINT NOT NULL,
  UNIQUE (org_id, name),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);

CREATE TABLE service_measures (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL,
  service_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
    CHECK (kind IN ('availability', 'active_users', 'satisfaction', 'incidents', 'other')),
  unit TEXT NOT NULL,
  improvement TEXT NOT NULL CHECK (improvement IN ('up', 'down', 'neutral')),
  target DOUBLE PRECISION,
  frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'weekly')),
  screen BIGINT NOT NULL CHECK (screen IN (0, 1)),
  fix_after BIGINT CHECK (fix_after >= 2),
  UNIQUE (service_id, name),
  FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id) ON DELETE CASCADE
);

CREATE TABLE measure_rebases (
  measure_id BIGINT NOT NULL REFERENCES service_measures (id) ON DELETE CASCADE,
  from_date TEXT NOT NULL,
  PRIMARY KEY (measure_id, from_date)
);

CREATE TABLE measure_values (
  measure_id BIGINT NOT NULL REFERENCES service_measures (id) ON DELETE CASCADE,
  on_date TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (measure_id, on_date)
);
