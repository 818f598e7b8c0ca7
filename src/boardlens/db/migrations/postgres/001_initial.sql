-- boardlens schema, PostgreSQL dialect. Tenant tables are keyed by (org_id, id) so that they
-- can later be distributed by organisation (Citus) without a redesign.
CREATE TABLE organisations (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ods_code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('trust', 'icb')),
  parent_id BIGINT REFERENCES organisations (id),
  created_at BIGINT NOT NULL
);

CREATE TABLE accounts (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  platform_admin BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);

CREATE TABLE roles (
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  account_id BIGINT NOT NULL REFERENCES accounts (id),
  role TEXT NOT NULL CHECK (role IN ('viewer', 'member', 'secretary', 'admin')),
  PRIMARY KEY (org_id, account_id)
);
CREATE INDEX roles_by_account ON roles (account_id);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES accounts (id),
  kind TEXT NOT NULL CHECK (kind IN ('session', 'api')),
  name TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE login_failures (
  email TEXT NOT NULL,
  source TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX login_failures_by_email ON login_failures (email, at);
CREATE INDEX login_failures_by_time ON login_failures (at);
CREATE INDEX login_failures_by_source ON login_failures (source, at);

CREATE TABLE frameworks (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ref TEXT NOT NULL,
  version_major BIGINT NOT NULL,
  version_minor BIGINT NOT NULL,
  version_patch BIGINT NOT NULL,
  owner_org_id BIGINT REFERENCES organisations (id),
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  description TEXT NOT NULL,
  loaded_at BIGINT NOT NULL,
  UNIQUE (ref, version_major, version_minor, version_patch)
);

CREATE TABLE framework_items (
  framework_id BIGINT NOT NULL REFERENCES frameworks (id),
  position BIGINT NOT NULL,
  ref TEXT NOT NULL,
  title TEXT NOT NULL,
  question TEXT NOT NULL,
  level_1 TEXT NOT NULL,
  level_2 TEXT NOT NULL,
  level_3 TEXT NOT NULL,
  level_4 TEXT NOT NULL,
  level_5 TEXT NOT NULL,
  PRIMARY KEY (framework_id, position),
  UNIQUE (framework_id, ref)
);

CREATE TABLE members (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  job_title TEXT NOT NULL,
  membership TEXT NOT NULL CHECK (membership IN ('executive', 'non-executive')),
  voting BIGINT NOT NULL,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, email)
);

CREATE TABLE rounds (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  framework_id BIGINT NOT NULL REFERENCES frameworks (id),
  framework_ref TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
  closed_on TEXT,
  imported BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (org_id, id)
);
CREATE INDEX rounds_for_comparison ON rounds (framework_ref, status, org_id, closed_on);

CREATE TABLE responses (
  org_id BIGINT NOT NULL,
  round_id BIGINT NOT NULL,
  respondent TEXT NOT NULL,
  member_id BIGINT,
  membership TEXT NOT NULL CHECK (membership IN ('executive', 'non-executive')),
  item_ref TEXT NOT NULL,
  rating BIGINT CHECK (rating BETWEEN 1 AND 5),
  evidence TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (org_id, round_id, respondent, item_ref),
  FOREIGN KEY (org_id, round_id) REFERENCES rounds (org_id, id),
  FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id)
);

-- Item means frozen when a round closes: what "change" and peer standing compare against.
CREATE TABLE round_item_means (
  org_id BIGINT NOT NULL,
  round_id BIGINT NOT NULL,
  item_ref TEXT NOT NULL,
  mean DOUBLE PRECISION,
  PRIMARY KEY (org_id, round_id, item_ref),
  FOREIGN KEY (org_id, round_id) REFERENCES rounds (org_id, id)
);

-- Bumped whenever a round of the framework closes, so cached results know they are stale.
CREATE TABLE results_epochs (
  framework_ref TEXT PRIMARY KEY,
  epoch BIGINT NOT NULL
);
CREATE INDEX rounds_by_id ON rounds (id);
