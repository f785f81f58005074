-- Schema 8: dictionary rules (`readout serve`, issue 14). An accepted speaker correction that names
-- a person the actor dictionary does not know offers a rule: a people.tsv line for a local overlay
-- (`readout corrections overlay`, read back with `--actors FILE`). The rule is pending until a
-- reviewer with the token accepts it (completing role, country, code and term dates) or rejects it.
CREATE TABLE dictionary_rules (
  rule        INTEGER PRIMARY KEY,
  correction  INTEGER NOT NULL REFERENCES corrections(correction),
  document_id TEXT NOT NULL,
  actor_id    TEXT NOT NULL,
  -- The people.tsv columns: id, name, short, aliases (| separated), gender, country, role, code,
  -- start, end. Those the document did not tell are NULL until the review fills them in.
  person_id   TEXT NOT NULL,
  name        TEXT NOT NULL,
  short_name  TEXT NOT NULL,
  aliases     TEXT NOT NULL DEFAULT '',
  gender      TEXT,
  country     TEXT,
  role        TEXT,
  code        TEXT,
  start_date  TEXT,
  end_date    TEXT,
  status      TEXT NOT NULL DEFAULT 'pending',
  created_at  TEXT NOT NULL,
  reviewed_by TEXT,
  reviewed_at TEXT,
  comment     TEXT
);
CREATE INDEX dictionary_rules_status ON dictionary_rules(status, rule);
CREATE INDEX dictionary_rules_person ON dictionary_rules(person_id);
