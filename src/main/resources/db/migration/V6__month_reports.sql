-- Months whose report was finished: the month had ended and its list dates were fetched again
-- for current upvotes. A month without a row is finished by the next run after it ends.
CREATE TABLE month_report (
  month       TEXT PRIMARY KEY,
  finished_at TEXT NOT NULL
) STRICT;
