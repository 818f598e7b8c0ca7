-- A management response to a closed round's results: the board member the secretary asks
-- (usually the chief digital or information officer) writes it, and it is shown with the
-- results. Who wrote it last, and when, is kept with it.
CREATE TABLE round_responses (
  org_id BIGINT NOT NULL,
  round_id BIGINT NOT NULL,
  responder_member_id BIGINT NOT NULL,
  response TEXT NOT NULL,
  written_by BIGINT REFERENCES accounts (id),
  written_at BIGINT,
  PRIMARY KEY (org_id, round_id),
  FOREIGN KEY (org_id, round_id) REFERENCES rounds (org_id, id),
  FOREIGN KEY (org_id, responder_member_id) REFERENCES members (org_id, id)
);
