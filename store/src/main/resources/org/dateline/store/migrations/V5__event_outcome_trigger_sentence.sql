-- Every field of an event is stored: the outcome, trigger word and sentence index that versions 3 and 4 dropped,
-- both for the per-article events and for the story events. Rows written before this version get null and -1
-- ("not known"), what the model uses for a field the text did not give; ingest again to fill them.
ALTER TABLE events ADD COLUMN outcome TEXT;
ALTER TABLE events ADD COLUMN trigger TEXT;
ALTER TABLE events ADD COLUMN sentence INTEGER NOT NULL DEFAULT -1;
ALTER TABLE story_events ADD COLUMN outcome TEXT;
ALTER TABLE story_events ADD COLUMN trigger TEXT;
ALTER TABLE story_events ADD COLUMN sentence INTEGER NOT NULL DEFAULT -1;
