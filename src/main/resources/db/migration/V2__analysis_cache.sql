-- Model analyses of papers, so that a re-run makes no model call. A new abstract, prompt
-- version or model is a new key; old rows stay (they are small) and show the history.
CREATE TABLE analysis (
  paper_id        TEXT NOT NULL REFERENCES paper (id),
  abstract_sha256 TEXT NOT NULL,
  prompt_version  TEXT NOT NULL,
  model           TEXT NOT NULL,                 -- provider/model, e.g. openai/gpt-4o-mini
  body            TEXT NOT NULL,                 -- the validated analysis as JSON
  removed_numbers INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  PRIMARY KEY (paper_id, abstract_sha256, prompt_version, model)
);
