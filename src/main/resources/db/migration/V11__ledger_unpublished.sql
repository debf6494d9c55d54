-- A date the blogger removed with 'paperboy unpublish' is 'unpublished': plain runs do not
-- publish it again (an explicit --date does). SQLite cannot change a CHECK constraint in place,
-- so the ledger is copied into a table with the wider one.
CREATE TABLE ledger_new (
  list_date    TEXT PRIMARY KEY,
  status       TEXT NOT NULL
                 CHECK (status IN ('empty', 'fetched', 'published', 'failed', 'unpublished')),
  paper_count  INTEGER NOT NULL DEFAULT 0,
  source       TEXT,
  fetched_at   TEXT,
  published_at TEXT,
  reason       TEXT,
  updated_at   TEXT NOT NULL
) STRICT;
INSERT INTO ledger_new SELECT list_date, status, paper_count, source, fetched_at, published_at,
  reason, updated_at FROM ledger;
DROP TABLE ledger;
ALTER TABLE ledger_new RENAME TO ledger;
