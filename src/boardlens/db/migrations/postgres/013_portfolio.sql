-- The portfolio: programmes and the projects in them (one table, by kind), each linked to the
-- strategy priorities it serves (by the priority's key, which stays the same across the
-- strategy's versions), its funding by source, its whole-life cost year by year, and the
-- delivery confidence reported each month with its narrative (one a month, every month kept),
-- and the benefits each is to bring.
CREATE TABLE portfolio_items (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  kind TEXT NOT NULL CHECK (kind IN ('programme', 'project')),
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  programme_id BIGINT,
  created_by BIGINT REFERENCES accounts (id),
  created_at BIGINT NOT NULL,
  updated_by BIGINT REFERENCES accounts (id),
  updated_at BIGINT NOT NULL,
  UNIQUE (org_id, name),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, programme_id) REFERENCES portfolio_items (org_id, id)
);

CREATE TABLE portfolio_priorities (
  org_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL,
  priority_key BIGINT NOT NULL,
  PRIMARY KEY (org_id, item_id, priority_key),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id)
);

CREATE TABLE portfolio_funding (
  org_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('capital', 'revenue', 'one_off')),
  amount BIGINT NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (org_id, item_id, source),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id)
);

CREATE TABLE portfolio_costs (
  org_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL,
  cost_year BIGINT NOT NULL,
  amount BIGINT NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (org_id, item_id, cost_year),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id)
);

CREATE TABLE portfolio_ratings (
  org_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL,
  rating_month TEXT NOT NULL,
  confidence TEXT NOT NULL
    CHECK (confidence IN ('green', 'amber_green', 'amber', 'amber_red', 'red')),
  narrative TEXT NOT NULL,
  reported_by BIGINT REFERENCES accounts (id),
  reported_by_name TEXT NOT NULL,
  reported_at BIGINT NOT NULL,
  PRIMARY KEY (org_id, item_id, rating_month),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id)
);

-- Benefits a programme or project is to bring, each owned by a board member and measured from
-- a baseline to a target by a date; the actuals are charted as service measures are.
CREATE TABLE portfolio_benefits (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  owner_member_id BIGINT NOT NULL,
  measure TEXT NOT NULL,
  unit TEXT NOT NULL,
  improvement TEXT NOT NULL CHECK (improvement IN ('up', 'down')),
  baseline DOUBLE PRECISION NOT NULL,
  baseline_on TEXT NOT NULL,
  target DOUBLE PRECISION NOT NULL,
  target_on TEXT NOT NULL CHECK (target_on > baseline_on),
  updated_by BIGINT REFERENCES accounts (id),
  updated_at BIGINT NOT NULL,
  UNIQUE (org_id, id),
  UNIQUE (item_id, title),
  FOREIGN KEY (org_id, item_id) REFERENCES portfolio_items (org_id, id),
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);

CREATE TABLE benefit_actuals (
  org_id BIGINT NOT NULL,
  benefit_id BIGINT NOT NULL,
  on_date TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (org_id, benefit_id, on_date),
  FOREIGN KEY (org_id, benefit_id) REFERENCES portfolio_benefits (org_id, id)
);
