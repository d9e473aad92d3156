-- Who told of an event reported in speech ("X said Y had attacked Z", "according to X"): a JSON list of zero or one
-- participant, like the actors column, on the per-article events and on the story events. Rows written before this
-- version get null ("nobody said"); ingest or connect again to fill them.
ALTER TABLE events ADD COLUMN reported_by TEXT;
ALTER TABLE story_events ADD COLUMN reported_by TEXT;
