-- The digest's images, one row per paper and name ('thumb', 'fig-1', 'fig-2', and 'figures' for
-- the arXiv HTML page's figure list). A row says where the file came from and whether it is
-- stored, so a re-run downloads nothing, and a failure is kept with its reason.
CREATE TABLE media (
  paper_id    TEXT NOT NULL REFERENCES paper (id),
  name        TEXT NOT NULL,
  source_url  TEXT,
  status      TEXT NOT NULL CHECK (status IN ('stored', 'missing', 'failed')),
  path        TEXT,                             -- site-relative file, when stored
  width       INTEGER,
  height      INTEGER,
  detail      TEXT,                             -- caption, figure list (JSON) or failure reason
  retry_at    TEXT,                             -- when a missing or failed image is tried again
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (paper_id, name)
);
