-- Which archived papers each watchlist matches, and why (radar.Radar over the whole archive):
-- derived from the site's config, rewritten whole before the archive browser serves, so that its
-- search can filter by watchlist and each watchlist has a page. Never edited by hand.
CREATE TABLE watch_match (
  watchlist TEXT NOT NULL,
  title     TEXT NOT NULL,
  paper_id  TEXT NOT NULL REFERENCES paper (id),
  why       TEXT NOT NULL,
  PRIMARY KEY (watchlist, paper_id)
) STRICT;
