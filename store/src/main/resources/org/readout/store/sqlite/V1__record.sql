-- Schema 1: the record of annotated articles. Every annotation row carries its document and
-- UTF-16 offsets [start_offset, end_offset) into documents.text; surface strings are derived
-- from the text, never stored twice (quotes_fts is a search index of quote text, not a copy).

CREATE TABLE documents (
  doc          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  url          TEXT,
  title        TEXT,
  date         TEXT,
  date_source  TEXT NOT NULL,
  outlet       TEXT,
  language     TEXT,
  content_hash TEXT NOT NULL,
  text         TEXT NOT NULL,
  -- 1 when the text has no character outside the Basic Multilingual Plane, so SQL substr()
  -- (which counts code points) agrees with UTF-16 offsets and evidence can be cut in SQL.
  bmp_only     INTEGER NOT NULL,
  paragraphs   TEXT NOT NULL,   -- "start-end" spans, space separated
  sentences    TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);

CREATE TABLE date_candidates (
  doc    INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  date   TEXT NOT NULL,
  score  REAL NOT NULL,
  reason TEXT NOT NULL
);

CREATE TABLE actors (
  doc       INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  actor_id  TEXT NOT NULL,
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL,
  code      TEXT,
  country   TEXT,
  role      TEXT,
  gender    TEXT,
  members   TEXT,               -- member actor ids, space separated; NULL for no members
  PRIMARY KEY (doc, actor_id)
);

CREATE TABLE mentions (
  doc          INTEGER NOT NULL,
  actor_id     TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  FOREIGN KEY (doc, actor_id) REFERENCES actors(doc, actor_id) ON DELETE CASCADE
);

CREATE TABLE quotes (
  quote         INTEGER PRIMARY KEY,
  doc           INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  speaker       TEXT,
  speaker_name  TEXT,
  speaker_code  TEXT,
  speaker_start INTEGER,
  speaker_end   INTEGER,
  via           TEXT,
  via_name      TEXT,
  cue_start     INTEGER,
  cue_end       INTEGER,
  confidence    REAL NOT NULL,
  date          TEXT
);

CREATE TABLE times (
  doc          INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  value        TEXT NOT NULL
);

CREATE TABLE events (
  event        INTEGER PRIMARY KEY,
  doc          INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  source       TEXT NOT NULL,
  target       TEXT,
  source_name  TEXT,
  target_name  TEXT,
  source_code  TEXT,
  target_code  TEXT,
  code         TEXT NOT NULL,
  root_code    TEXT NOT NULL,
  quad_class   INTEGER NOT NULL,
  goldstein    REAL NOT NULL,
  date         TEXT,
  -- The day the event is filed under: its own date when that is a full day, else the document's.
  day          TEXT,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  mentions     INTEGER NOT NULL,
  confidence   REAL NOT NULL
);

CREATE TABLE flags (
  doc          INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  kind         TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  other_start  INTEGER,
  other_end    INTEGER,
  message      TEXT NOT NULL
);

-- Reserved for reader corrections (the `serve` issue): a proposed fix to one annotation,
-- addressed by its document, layer and offsets, never by a row id that re-extraction changes.
CREATE TABLE corrections (
  correction   INTEGER PRIMARY KEY,
  document_id  TEXT NOT NULL,
  layer        TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  field        TEXT,
  original     TEXT,
  proposed     TEXT,
  comment      TEXT,
  author       TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'pending',
  reviewed_by  TEXT,
  reviewed_at  TEXT
);

-- Full-text search over quote text. Contentless: the index keeps no copy of the text; its
-- rowid is quotes.quote.
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');

CREATE INDEX date_candidates_doc ON date_candidates(doc);
CREATE INDEX mentions_doc ON mentions(doc, actor_id);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX times_doc ON times(doc);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX flags_doc ON flags(doc);
