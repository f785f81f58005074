-- Schema 7 (issue 14): indexes that deliver the server's filtered pages in their order, found with
-- EXPLAIN QUERY PLAN over `readout bench serve` (docs/store.md). Each one replaces an index or fills
-- a family that had to scan; ingest maintains one index more than before.

-- A six-letter speaker code (USAGOV: a country's government) scanned every quote by date.
CREATE INDEX quotes_speaker6_date ON quotes(substr(speaker_code, 1, 6), date);

-- A speaker name filter (an actor the dictionary does not know) sorted every match by date.
DROP INDEX quotes_speaker_name;
CREATE INDEX quotes_speaker_name_date ON quotes(speaker_name COLLATE NOCASE, date);

-- Documents are listed by (date DESC, id): with the id in the index a page, and a keyset cursor's
-- continuation, read in order instead of sorting each day's documents.
DROP INDEX documents_date;
CREATE INDEX documents_date_id ON documents(date, id);
