-- User voice: staff and patients tell the board, anonymously, what got in their way. Nothing
-- identifying is stored: no address, no time of day (only the day received), and a contact
-- only when the person gave one and agreed to be contacted.

-- Each organisation's public form is reached by one unguessable link. The token is kept as it
-- is, not hashed, because the board prints it again on posters; rotating it retires the old.
CREATE TABLE voice_links (
  org_id INTEGER PRIMARY KEY REFERENCES organisations (id),
  token TEXT NOT NULL UNIQUE,
  created_by INTEGER REFERENCES accounts (id),
  created_at INTEGER NOT NULL
);

CREATE TABLE voice_reports (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  service_id INTEGER,  -- NULL: "something else"
  reporter TEXT NOT NULL CHECK (reporter IN ('staff', 'patient')),
  barriers TEXT NOT NULL,  -- the chosen categories' names, joined by ';'
  what_happened TEXT NOT NULL,
  how_often TEXT NOT NULL
    CHECK (how_often IN ('first_time', 'sometimes', 'often', 'every_time')),
  impact TEXT NOT NULL CHECK (impact IN ('little', 'some', 'a_lot', 'stopped')),
  fft TEXT NOT NULL
    CHECK (fft IN ('very_good', 'good', 'neither', 'poor', 'very_poor', 'dont_know')),
  received_on TEXT NOT NULL,  -- YYYY-MM-DD, never a time
  contact TEXT,  -- only with the consent the form showed
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id)
);
CREATE INDEX voice_reports_by_day ON voice_reports (org_id, received_on);

-- "You said, we did": what the board heard and what it changed, published when it chooses.
CREATE TABLE voice_changes (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations (id),
  heard TEXT NOT NULL,
  did TEXT NOT NULL,
  done_on TEXT NOT NULL,
  published INTEGER NOT NULL CHECK (published IN (0, 1)),
  created_by INTEGER REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES accounts (id),
  updated_at INTEGER NOT NULL,
  UNIQUE (org_id, id)
);
