-- What was pushed where: one row per push target and list date, written when the platform
-- accepted the message (sent), when the date was too old to push (skipped), when the platform
-- failed for now (failed: the next run within max-age-days tries again) or refused it for good
-- (refused: 4xx, say a revoked webhook). A re-run sends nothing recorded as sent.
CREATE TABLE delivery (
  target     TEXT NOT NULL,
  list_date  TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('sent', 'skipped', 'failed', 'refused')),
  detail     TEXT,
  attempts   INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (target, list_date)
) STRICT;
