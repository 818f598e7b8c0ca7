-- What the public user-voice form says about urgent help and the patient advice and liaison
-- service (PALS), in the organisation's own words. No row: the form says the default.
CREATE TABLE voice_help (
  org_id BIGINT PRIMARY KEY REFERENCES organisations (id),
  help TEXT NOT NULL,
  updated_by BIGINT REFERENCES accounts (id),
  updated_at BIGINT NOT NULL
);
