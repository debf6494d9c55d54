-- One row per daily run: what it did and what it spent, for 'paperboy status'.
CREATE TABLE run (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT NOT NULL,
  dates         INTEGER NOT NULL,
  published     INTEGER NOT NULL,
  failed        INTEGER NOT NULL,
  exit_code     INTEGER NOT NULL,
  analyzed      INTEGER NOT NULL,
  cached        INTEGER NOT NULL,
  fallbacks     INTEGER NOT NULL,
  calls         INTEGER NOT NULL,
  input_tokens  INTEGER NOT NULL,
  output_tokens INTEGER NOT NULL,
  cost_usd      REAL NOT NULL,
  images_stored INTEGER NOT NULL,
  images_failed INTEGER NOT NULL
) STRICT;
