-- Schema 6: where each event happened (its action location, GDELT's ActionGeo; docs/places.md),
-- and the places the story decision compares (docs/stories.md). Stores written before schema 6
-- keep NULL: their events have no known location, their articles no places, until re-ingested.
ALTER TABLE events ADD COLUMN location_kind TEXT;
ALTER TABLE events ADD COLUMN location_name TEXT;
ALTER TABLE events ADD COLUMN location_full_name TEXT;
ALTER TABLE events ADD COLUMN location_country TEXT;
ALTER TABLE events ADD COLUMN location_adm1 TEXT;
ALTER TABLE events ADD COLUMN location_latitude REAL;
ALTER TABLE events ADD COLUMN location_longitude REAL;
ALTER TABLE events ADD COLUMN location_feature_id TEXT;
ALTER TABLE events ADD COLUMN location_start INTEGER;
ALTER TABLE events ADD COLUMN location_end INTEGER;

-- Per dated happening, the places its events name: lines HAPPENING=KIND|COUNTRY|ADM1|NAME.
ALTER TABLE story_features ADD COLUMN places TEXT;
