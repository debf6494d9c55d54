-- The search triggers of V7 relied on INSERT OR IGNORE to note a paper twice at most once. SQLite
-- applies the conflict policy of the statement that fires a trigger to the statements inside it
-- ("if an ON CONFLICT clause is specified as part of the statement causing the trigger to fire,
-- then conflict handling policy of the outer statement is used instead"), and the upsert that
-- records a day is such a statement: a paper already noted as pending and relisted with a changed
-- title, abstract or keywords failed its whole date with a PRIMARY KEY error, on every run.
--
-- No trigger body may depend on a conflict clause: each one tests for the row first, so it does
-- the same thing whatever statement fires it (ArchiveTest checks the schema for this).
DROP TRIGGER paper_search_insert;
DROP TRIGGER paper_search_update;
DROP TRIGGER paper_search_analysis;

CREATE TRIGGER paper_search_insert AFTER INSERT ON paper
WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE paper_rowid = NEW.rowid)
BEGIN
  INSERT INTO search_pending (paper_rowid) VALUES (NEW.rowid);
END;

CREATE TRIGGER paper_search_update AFTER UPDATE OF title, summary, ai_keywords ON paper
WHEN (OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary
      OR OLD.ai_keywords IS NOT NEW.ai_keywords)
  AND NOT EXISTS (SELECT 1 FROM search_pending WHERE paper_rowid = NEW.rowid)
BEGIN
  INSERT INTO search_pending (paper_rowid) VALUES (NEW.rowid);
END;

CREATE TRIGGER paper_search_analysis AFTER INSERT ON analysis BEGIN
  INSERT INTO search_pending (paper_rowid)
    SELECT p.rowid FROM paper p
     WHERE p.id = NEW.paper_id
       AND NOT EXISTS (SELECT 1 FROM search_pending s WHERE s.paper_rowid = p.rowid);
END;
