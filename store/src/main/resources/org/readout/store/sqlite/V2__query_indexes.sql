-- Schema 2: the indexes the query commands need (docs/store.md lists which query uses which).

CREATE INDEX events_source_day ON events(source_code, day);
CREATE INDEX events_target_day ON events(target_code, day);
CREATE INDEX events_source_id ON events(source, day);
CREATE INDEX events_target_id ON events(target, day);
CREATE INDEX events_code_day ON events(code, day);
CREATE INDEX events_root_day ON events(root_code, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX quotes_speaker_code ON quotes(speaker_code, date);
CREATE INDEX quotes_speaker ON quotes(speaker, date);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name COLLATE NOCASE);
CREATE INDEX quotes_date ON quotes(date);
CREATE INDEX actors_code ON actors(code);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX flags_kind ON flags(kind);
