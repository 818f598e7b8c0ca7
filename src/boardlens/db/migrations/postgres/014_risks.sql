-- Digital risks on the Board Assurance Framework: each risk with its inherent, current and
-- target scores on the 5x5 matrix, controls and assurances by line, the actions agreed and
-- the reviews that record the current score, so movement since the last review shows. The
-- organisation keeps one risk appetite per category.
CREATE TABLE risk_appetites (
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  category TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('averse', 'minimal', 'cautious', 'open', 'seek')),
  max_score BIGINT NOT NULL CHECK (max_score BETWEEN 1 AND 25),
  updated_by BIGINT REFERENCES accounts (id),
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (org_id, category)
);

CREATE TABLE risks (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  title TEXT NOT NULL,
  objective TEXT NOT NULL,
  cause TEXT NOT NULL,
  effect TEXT NOT NULL,
  owner_member_id BIGINT NOT NULL,
  committee TEXT NOT NULL,
  category TEXT NOT NULL,
  inherent_likelihood BIGINT NOT NULL CHECK (inherent_likelihood BETWEEN 1 AND 5),
  inherent_consequence BIGINT NOT NULL CHECK (inherent_consequence BETWEEN 1 AND 5),
  current_likelihood BIGINT NOT NULL CHECK (current_likelihood BETWEEN 1 AND 5),
  current_consequence BIGINT NOT NULL CHECK (current_consequence BETWEEN 1 AND 5),
  target_likelihood BIGINT NOT NULL CHECK (target_likelihood BETWEEN 1 AND 5),
  target_consequence BIGINT NOT NULL CHECK (target_consequence BETWEEN 1 AND 5),
  controls TEXT NOT NULL,
  control_gaps TEXT NOT NULL,
  assurance_first TEXT NOT NULL,
  assurance_second TEXT NOT NULL,
  assurance_third TEXT NOT NULL,
  assurance_gaps TEXT NOT NULL,
  review_on TEXT NOT NULL,
  blocks_proposal TEXT NOT NULL,
  created_by BIGINT REFERENCES accounts (id),
  created_at BIGINT NOT NULL,
  updated_by BIGINT REFERENCES accounts (id),
  updated_at BIGINT NOT NULL,
  UNIQUE (org_id, title),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);

CREATE TABLE risk_actions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL,
  risk_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  owner_member_id BIGINT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'done')),
  updated_by BIGINT REFERENCES accounts (id),
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (org_id, risk_id) REFERENCES risks (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, owner_member_id) REFERENCES members (org_id, id)
);
CREATE INDEX risk_actions_by_risk ON risk_actions (org_id, risk_id);

CREATE TABLE risk_reviews (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL,
  risk_id BIGINT NOT NULL,
  likelihood BIGINT NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  consequence BIGINT NOT NULL CHECK (consequence BETWEEN 1 AND 5),
  note TEXT NOT NULL,
  reviewed_by BIGINT REFERENCES accounts (id),
  reviewed_at BIGINT NOT NULL,
  FOREIGN KEY (org_id, risk_id) REFERENCES risks (org_id, id) ON DELETE CASCADE
);
CREATE INDEX risk_reviews_by_risk ON risk_reviews (org_id, risk_id, reviewed_at);
