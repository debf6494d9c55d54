-- What each paper's arXiv HTML page gave, read once for its figures and its full text: the
-- figure list as JSON and the body as gzipped JSON (a paper's text is ~100 KB, ~25 KB packed),
-- or why there is none (no HTML version yet, or a failure) and
-- when to try again. A re-run asks arXiv nothing; a paper whose HTML appears later is read then.
CREATE TABLE arxiv_page (
  paper_id   TEXT PRIMARY KEY REFERENCES paper (id),
  url        TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('stored', 'missing', 'failed')),
  version    TEXT,
  figures    TEXT,
  body       BLOB,
  detail     TEXT,
  retry_at   TEXT,
  updated_at TEXT NOT NULL
) STRICT;

-- What the Hugging Face Hub had that cites each digest paper (models, datasets, Spaces), as JSON,
-- and when it was asked: the digest's "바로 써 보기" asks again only once this is old.
CREATE TABLE hub_artifacts (
  paper_id   TEXT PRIMARY KEY REFERENCES paper (id),
  body       TEXT NOT NULL,
  fetched_at TEXT NOT NULL
) STRICT;
