-- Schema 3: indexes that deliver a filtered query's rows already in day order, so that
-- "newest 100 events of China" reads 100 index entries instead of sorting every Chinese event.
-- Queries use the same expressions: a 3-letter actor prefix is substr(code, 1, 3) = ?, a 6-letter
-- one substr(code, 1, 6) = ?, a 3-digit event code prefix substr(code, 1, 3) = ?.

CREATE INDEX events_source3_day ON events(substr(source_code, 1, 3), day);
CREATE INDEX events_target3_day ON events(substr(target_code, 1, 3), day);
CREATE INDEX events_source6_day ON events(substr(source_code, 1, 6), day);
CREATE INDEX events_target6_day ON events(substr(target_code, 1, 6), day);
CREATE INDEX events_dyad3_day ON events(substr(source_code, 1, 3), substr(target_code, 1, 3), day);
CREATE INDEX events_base_day ON events(substr(code, 1, 3), day);
CREATE INDEX quotes_speaker3_date ON quotes(substr(speaker_code, 1, 3), date);
