-- What board members saw for themselves. An observation is its author's alone until shared_at
-- is set; the subject is a service or a portfolio item, named by kind and id, since either
-- may be the thing seen.
CREATE TABLE observations (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  author_member_id BIGINT NOT NULL,
  observed_on TEXT NOT NULL,
  occasion TEXT NOT NULL CHECK (occasion IN ('visit', 'walk_round', 'demonstration')),
  place TEXT NOT NULL,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('service', 'programme')),
  subject_id BIGINT NOT NULL,
  rating BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
  notes TEXT NOT NULL,
  shared_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (org_id, author_member_id) REFERENCES members (org_id, id)
);
CREATE INDEX observations_by_subject ON observations (org_id, subject_kind, subject_id);

-- The secretary's requests that the board see a service before a meeting.
CREATE TABLE observation_requests (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  service_id BIGINT NOT NULL REFERENCES services (id),
  meeting_on TEXT NOT NULL,
  ask TEXT NOT NULL,
  asked_by BIGINT REFERENCES accounts (id),
  asked_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX observation_requests_by_org ON observation_requests (org_id, meeting_on);
