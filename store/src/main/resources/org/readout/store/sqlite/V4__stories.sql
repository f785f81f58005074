-- Schema 4: stories (articles that report the same real-world happening) and their deduplicated
-- events. Written in the same transaction as the documents (org.readout.story decides).

-- What the story decision knows of each article: its dated happenings and its lead's MinHash.
CREATE TABLE story_features (
  doc        INTEGER PRIMARY KEY REFERENCES documents(doc) ON DELETE CASCADE,
  outlet     TEXT,
  published  TEXT,
  -- Happenings separated by spaces, each SOURCE>TARGET:ROOT:YYYY-MM-DD.
  happenings TEXT NOT NULL,
  -- 64 MinHash values and the number of lead words (big-endian ints), or empty.
  lead       BLOB NOT NULL
);

-- The candidate index: one row per (country pair, day, document). A new article reads the rows of
-- its own pairs on its days +-1: a few index entries, however many documents the store holds.
CREATE TABLE story_keys (
  pair TEXT NOT NULL,
  day  TEXT NOT NULL,
  doc  INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  PRIMARY KEY (pair, day, doc)
) WITHOUT ROWID;
CREATE INDEX story_keys_doc ON story_keys(doc);

CREATE TABLE stories (
  story        TEXT PRIMARY KEY,
  title        TEXT,
  -- The day of its most reported dated event, else its first report's date.
  day          TEXT,
  first_report TEXT,
  last_report  TEXT,
  documents    INTEGER NOT NULL
);
CREATE INDEX stories_day ON stories(day);

CREATE TABLE story_members (
  doc   INTEGER PRIMARY KEY REFERENCES documents(doc) ON DELETE CASCADE,
  story TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members(story);

CREATE TABLE dedup_events (
  dedup        INTEGER PRIMARY KEY,
  story        TEXT NOT NULL,
  -- Actor keys (country and role, CHNGOV); source/target and their names are the first mention's.
  source_code  TEXT NOT NULL,
  target_code  TEXT,
  source       TEXT,
  target       TEXT,
  source_name  TEXT,
  target_name  TEXT,
  code         TEXT NOT NULL,
  root_code    TEXT NOT NULL,
  quad_class   INTEGER NOT NULL,
  goldstein    REAL NOT NULL,
  date         TEXT,
  -- The filing day: date when a full day; NULL when coarser (an old event is never filed under the
  -- day of its report); the first report's date when the event has no date.
  day          TEXT,
  num_articles INTEGER NOT NULL,
  num_sources  INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL,
  first_report TEXT,
  last_report  TEXT,
  -- Every code the mentions gave, CODE:COUNT separated by spaces; and other dates, spaces.
  codes        TEXT NOT NULL,
  other_dates  TEXT NOT NULL
);
CREATE INDEX dedup_events_story ON dedup_events(story);
CREATE INDEX dedup_events_day ON dedup_events(day);
CREATE INDEX dedup_events_source3_day ON dedup_events(substr(source_code, 1, 3), day);
CREATE INDEX dedup_events_target3_day ON dedup_events(substr(target_code, 1, 3), day);

CREATE TABLE dedup_mentions (
  dedup        INTEGER NOT NULL REFERENCES dedup_events(dedup) ON DELETE CASCADE,
  event        INTEGER NOT NULL REFERENCES events(event) ON DELETE CASCADE,
  doc          INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL
);
CREATE INDEX dedup_mentions_dedup ON dedup_mentions(dedup);
CREATE INDEX dedup_mentions_event ON dedup_mentions(event);
CREATE INDEX dedup_mentions_doc ON dedup_mentions(doc);
