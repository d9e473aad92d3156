-- Which stage of the coder made an event: 'rules' (its rules read the words) or 'proposer' (the learned sentence-level
-- proposer guessed it), on the per-article events and on the story events. Rows written before this version were the
-- rules', except those the proposer of stop s35 marked with the mode 'proposed': they become origin 'proposer' with no
-- mode (the mode column holds PLOVER modes again).
ALTER TABLE events ADD COLUMN origin TEXT NOT NULL DEFAULT 'rules';
ALTER TABLE story_events ADD COLUMN origin TEXT NOT NULL DEFAULT 'rules';
UPDATE events SET origin = 'proposer', mode = NULL WHERE mode = 'proposed';
UPDATE story_events SET origin = 'proposer', mode = NULL WHERE mode = 'proposed';
