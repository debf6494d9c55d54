-- The counters each list showed, as its latest fetch saw them, and when those counters were first
-- seen for that list. A paper listed on two dates keeps two sets of counts, so re-running one
-- date never changes the other's post. Archives from before take the paper's latest snapshot.
ALTER TABLE listing ADD COLUMN upvotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE listing ADD COLUMN comments INTEGER NOT NULL DEFAULT 0;
ALTER TABLE listing ADD COLUMN github_stars INTEGER;
ALTER TABLE listing ADD COLUMN seen_at TEXT;

UPDATE listing SET
  upvotes = coalesce((SELECT s.upvotes FROM snapshot s WHERE s.paper_id = listing.paper_id
                      ORDER BY s.fetched_at DESC LIMIT 1), 0),
  comments = coalesce((SELECT s.comments FROM snapshot s WHERE s.paper_id = listing.paper_id
                       ORDER BY s.fetched_at DESC LIMIT 1), 0),
  github_stars = (SELECT s.github_stars FROM snapshot s WHERE s.paper_id = listing.paper_id
                  ORDER BY s.fetched_at DESC LIMIT 1),
  seen_at = (SELECT s.fetched_at FROM snapshot s WHERE s.paper_id = listing.paper_id
             ORDER BY s.fetched_at DESC LIMIT 1);
