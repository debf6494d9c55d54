-- A paper's row holds the metadata of the newest list date that listed it (a relisted paper may
-- come back with a new title, keywords, organization or repository): the fetch of an older date,
-- processed later (a refresh, a backfill, --date), no longer turns it back. The row no longer
-- depends on the order dates are processed in, so a month's report, the search index and the
-- archive browser are the same whichever order a site was built in, and after a rebuild from the
-- site's data files. NULL for rows from before this migration: the next fetch sets it.
ALTER TABLE paper ADD COLUMN metadata_date TEXT;
