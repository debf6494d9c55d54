-- Full-text search over every paper for the archive browser: title, abstract, HF AI keywords
-- and the digest's text (every string of its cached analyses; a body that is not JSON, such as a
-- one-line summary, counts as one string). Two FTS5 indexes over the same
-- documents, keyed by the paper's rowid: unicode61 for words (English), trigram for Korean and
-- any substring of three or more characters. Triggers keep them in step with the archive; this
-- migration builds them for an existing archive.
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
CREATE VIRTUAL TABLE paper_grams USING fts5(
  title, summary, keywords, digest, tokenize = 'trigram');

INSERT INTO paper_words (rowid, title, summary, keywords, digest)
  SELECT rowid, title, summary, keywords, digest FROM paper_document;
INSERT INTO paper_grams (rowid, title, summary, keywords, digest)
  SELECT rowid, title, summary, keywords, digest FROM paper_document;

CREATE TRIGGER paper_search_insert AFTER INSERT ON paper BEGIN
  INSERT INTO paper_words (rowid, title, summary, keywords, digest)
    SELECT rowid, title, summary, keywords, digest FROM paper_document WHERE rowid = NEW.rowid;
  INSERT INTO paper_grams (rowid, title, summary, keywords, digest)
    SELECT rowid, title, summary, keywords, digest FROM paper_document WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER paper_search_update AFTER UPDATE OF title, summary, ai_keywords ON paper
WHEN OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary
  OR OLD.ai_keywords IS NOT NEW.ai_keywords
BEGIN
  DELETE FROM paper_words WHERE rowid = NEW.rowid;
  DELETE FROM paper_grams WHERE rowid = NEW.rowid;
  INSERT INTO paper_words (rowid, title, summary, keywords, digest)
    SELECT rowid, title, summary, keywords, digest FROM paper_document WHERE rowid = NEW.rowid;
  INSERT INTO paper_grams (rowid, title, summary, keywords, digest)
    SELECT rowid, title, summary, keywords, digest FROM paper_document WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER paper_search_analysis AFTER INSERT ON analysis BEGIN
  DELETE FROM paper_words WHERE rowid = (SELECT rowid FROM paper WHERE id = NEW.paper_id);
  DELETE FROM paper_grams WHERE rowid = (SELECT rowid FROM paper WHERE id = NEW.paper_id);
  INSERT INTO paper_words (rowid, title, summary, keywords, digest)
    SELECT d.rowid, d.title, d.summary, d.keywords, d.digest FROM paper_document d
    WHERE d.rowid = (SELECT rowid FROM paper WHERE id = NEW.paper_id);
  INSERT INTO paper_grams (rowid, title, summary, keywords, digest)
    SELECT d.rowid, d.title, d.summary, d.keywords, d.digest FROM paper_document d
    WHERE d.rowid = (SELECT rowid FROM paper WHERE id = NEW.paper_id);
END;
