-- Each paper's sentence embedding for the watchlists' interests (radar.MiniLm): computed once
-- per paper, model and text (title and abstract), as float32 little-endian, and reused by every
-- later run, the weekly edition and the archive browser.
CREATE TABLE embedding (
  paper_id    TEXT NOT NULL REFERENCES paper (id),
  model       TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  vector      BLOB NOT NULL,
  PRIMARY KEY (paper_id, model)
) STRICT;
