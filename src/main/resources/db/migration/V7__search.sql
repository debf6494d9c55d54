-- Full-text search over every paper for the archive browser: title, abstract, HF AI keywords
-- and the digest's text (every string of its cached analyses; a body that is not JSON, such as a
-- one-line summary, counts as one string). Two FTS5 indexes keyed by the paper's rowid:
-- paper_words (unicode61: words, over everything) and paper_grams (trigram: Korean substrings,
-- over the keywords and the digest text, where the Korean is; titles and abstracts are English).
--
-- Indexing is kept off the write path: triggers only note which papers changed (search_pending),
-- and Archive.refreshSearch indexes them in one batch when search is next used. FTS5 inserts one
-- row at a time, in a run's many small transactions, tripled the time of a backfill. This
-- migration marks every existing paper, so an existing archive is indexed on first use.
CREATE VIEW paper_document AS
SELECT p.rowid AS rowid,
       p.title AS title,
       p.summary AS summary,
       (SELECT group_concat(k.value, ' ') FROM json_each(p.ai_keywords) k) AS keywords,
       (SELECT group_concat(t.value, ' ')
          FROM analysis a,
               json_tree(CASE WHEN json_valid(a.body) THEN a.body ELSE json_quote(a.body) END) t
         WHERE a.paper_id = p.id AND t.type = 'text') AS digest
FROM paper p;

CREATE VIRTUAL TABLE paper_words USING fts5(
  title, summary, keywords, digest, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE paper_grams USING fts5(keywords, digest, tokenize = 'trigram');

CREATE TABLE search_pending (paper_rowid INTEGER PRIMARY KEY) STRICT;
INSERT INTO search_pending (paper_rowid) SELECT rowid FROM paper;

CREATE TRIGGER paper_search_insert AFTER INSERT ON paper BEGIN
  INSERT OR IGNORE INTO search_pending (paper_rowid) VALUES (NEW.rowid);
END;

CREATE TRIGGER paper_search_update AFTER UPDATE OF title, summary, ai_keywords ON paper
WHEN OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary
  OR OLD.ai_keywords IS NOT NEW.ai_keywords
BEGIN
  INSERT OR IGNORE INTO search_pending (paper_rowid) VALUES (NEW.rowid);
END;

CREATE TRIGGER paper_search_analysis AFTER INSERT ON analysis BEGIN
  INSERT OR IGNORE INTO search_pending (paper_rowid)
    SELECT rowid FROM paper WHERE id = NEW.paper_id;
END;
