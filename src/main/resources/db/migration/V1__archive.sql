-- Every paper ever seen, with its metadata as last fetched. Text is stored cleaned, not escaped.
CREATE TABLE paper (
  id                    TEXT PRIMARY KEY,          -- arXiv id without version
  title                 TEXT NOT NULL,
  summary               TEXT NOT NULL,             -- abstract, one line
  authors               TEXT NOT NULL,             -- JSON array of visible author names
  org_name              TEXT,
  org_fullname          TEXT,
  org_avatar            TEXT,
  github_repo           TEXT,
  project_page          TEXT,
  ai_summary            TEXT,
  ai_keywords           TEXT NOT NULL,             -- JSON array
  ai_summary_model      TEXT,
  thumbnail             TEXT,
  media_urls            TEXT NOT NULL,             -- JSON array
  published_at          TEXT,                      -- arXiv time, UTC ISO-8601
  submitted_on_daily_at TEXT,
  submitted_by          TEXT,
  first_seen_at         TEXT NOT NULL,
  checked_at            TEXT NOT NULL              -- last fetch that included the paper
) STRICT;

-- Which papers a list date holds (the latest fetch of that date wins).
CREATE TABLE listing (
  list_date TEXT NOT NULL,                         -- YYYY-MM-DD, a UTC date
  paper_id  TEXT NOT NULL REFERENCES paper (id),
  PRIMARY KEY (list_date, paper_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX listing_by_paper ON listing (paper_id);

-- Upvote history: a row whenever a fetch sees counters different from the previous row.
CREATE TABLE snapshot (
  paper_id     TEXT NOT NULL REFERENCES paper (id),
  fetched_at   TEXT NOT NULL,
  upvotes      INTEGER NOT NULL,
  comments     INTEGER NOT NULL,
  github_stars INTEGER,
  PRIMARY KEY (paper_id, fetched_at)
) STRICT, WITHOUT ROWID;

-- One row per list date the job has looked at.
CREATE TABLE ledger (
  list_date    TEXT PRIMARY KEY,
  status       TEXT NOT NULL CHECK (status IN ('empty', 'fetched', 'published', 'failed')),
  paper_count  INTEGER NOT NULL DEFAULT 0,
  source       TEXT,
  fetched_at   TEXT,
  published_at TEXT,
  reason       TEXT,
  updated_at   TEXT NOT NULL
) STRICT;
