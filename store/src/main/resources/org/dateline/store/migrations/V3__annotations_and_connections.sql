-- Per-article annotations (what the per-document pipeline found) and the cross-article record (what Connect found).
--
-- Annotations hang off articles.seq and go in the same transaction as their article, so a crash never leaves an
-- article half-annotated. A row in 'annotations' says the article went through the language stages (even when
-- they found nothing), which is how a later NLP ingest knows to fill in an article first stored with --no-nlp.
CREATE TABLE annotations (
    article     INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    annotated_at TEXT   NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE entities (
    article   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    text      TEXT    NOT NULL,
    type      TEXT,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    canonical TEXT,
    country   TEXT,
    sector    TEXT,
    role      TEXT,
    sentence  INTEGER NOT NULL DEFAULT -1,
    PRIMARY KEY (article, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX entities_canonical ON entities (canonical) WHERE canonical IS NOT NULL;

CREATE TABLE timexes (
    article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    text    TEXT    NOT NULL,
    type    TEXT,
    value   TEXT,
    mod     TEXT,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (article, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE quotes (
    article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    text    TEXT    NOT NULL,
    speaker TEXT,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    kind    TEXT,
    PRIMARY KEY (article, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker COLLATE NOCASE, article) WHERE speaker IS NOT NULL;

-- Per-article coded events; participants are read whole with their event, so they live in JSON columns.
CREATE TABLE events (
    article    INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    event_id   TEXT,
    type       TEXT,
    mode       TEXT,
    cameo      TEXT,
    actors     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(actors)),
    recipients TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(recipients)),
    date       TEXT,
    date_mod   TEXT,
    place      TEXT,
    status     TEXT,
    topic      TEXT,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    confidence REAL    NOT NULL,
    PRIMARY KEY (article, ord)
) STRICT, WITHOUT ROWID;

-- The cross-article record. Replaced as a whole, in one transaction, each time Connect runs; article ids here are
-- the ids articles carry (articles.doc_id), as Connect saw them.
CREATE TABLE story_events (
    seq          INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    type         TEXT,
    mode         TEXT,
    cameo        TEXT,
    date         TEXT,
    date_mod     TEXT,
    first_day    TEXT,      -- first and last ISO day the TimeML date covers, for range filters and order; null
    last_day     TEXT,      -- when the date has no known year
    place        TEXT,
    status       TEXT,
    topic        TEXT,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    confidence   REAL    NOT NULL,
    thread       TEXT,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL
) STRICT;
CREATE INDEX story_events_by_day ON story_events (coalesce(first_day, '9999'), id);
CREATE INDEX story_events_type ON story_events (type);
CREATE INDEX story_events_status ON story_events (status);
CREATE INDEX story_events_place ON story_events (place COLLATE NOCASE) WHERE place IS NOT NULL;
CREATE INDEX story_events_thread ON story_events (thread) WHERE thread IS NOT NULL;

CREATE TABLE story_event_participants (
    event   INTEGER NOT NULL REFERENCES story_events (seq) ON DELETE CASCADE,
    side    TEXT    NOT NULL CHECK (side IN ('actor', 'recipient')),
    ord     INTEGER NOT NULL,
    name    TEXT,
    country TEXT,
    sector  TEXT,
    PRIMARY KEY (event, side, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX story_event_participants_name ON story_event_participants (name COLLATE NOCASE, event);

CREATE TABLE story_mentions (
    event    INTEGER NOT NULL REFERENCES story_events (seq) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    article  TEXT    NOT NULL,
    headline TEXT,
    sentence TEXT,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    event_id TEXT,
    PRIMARY KEY (event, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX story_mentions_article ON story_mentions (article);

CREATE TABLE story_links (
    event    INTEGER NOT NULL REFERENCES story_events (seq) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    rel      TEXT    NOT NULL,
    other    TEXT    NOT NULL,     -- story_events.id of the other event
    evidence TEXT,
    PRIMARY KEY (event, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX story_links_other ON story_links (other);

CREATE TABLE story_threads (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    title      TEXT,
    first_date TEXT,
    last_date  TEXT,
    articles   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(articles)),
    actors     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(actors))
) STRICT;
CREATE INDEX story_threads_newest ON story_threads (last_date DESC, id);

CREATE TABLE actor_profiles (
    seq     INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL UNIQUE,
    type    TEXT,
    country TEXT,
    sector  TEXT,
    events  INTEGER NOT NULL
) STRICT;
CREATE INDEX actor_profiles_busiest ON actor_profiles (events DESC, name);

CREATE TABLE actor_aliases (
    actor INTEGER NOT NULL REFERENCES actor_profiles (seq) ON DELETE CASCADE,
    ord   INTEGER NOT NULL,
    alias TEXT    NOT NULL,
    PRIMARY KEY (actor, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX actor_aliases_alias ON actor_aliases (alias COLLATE NOCASE);

CREATE TABLE actor_roles (
    actor      INTEGER NOT NULL REFERENCES actor_profiles (seq) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    role       TEXT    NOT NULL,
    first_seen TEXT,
    last_seen  TEXT,
    PRIMARY KEY (actor, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE revisions (
    article     TEXT PRIMARY KEY,
    revision_of TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE inferred_dates (
    article TEXT PRIMARY KEY,
    date    TEXT NOT NULL
) STRICT, WITHOUT ROWID;
