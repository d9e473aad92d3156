-- Articles as core reads them. The content hash is the real key: sources reuse ids (a JSONL id given to two
-- different texts), so the id a source gave is kept as doc_id, indexed but not unique.
CREATE TABLE articles (
    seq              INTEGER PRIMARY KEY,   -- insertion order; also the rowid the full-text index points at
    content_hash     TEXT    NOT NULL UNIQUE,
    doc_id           TEXT    NOT NULL,
    source           TEXT,
    url              TEXT,
    headline         TEXT,
    byline           TEXT,
    agency           TEXT,
    dateline_place   TEXT,
    dateline_text    TEXT,
    publication_date TEXT,                  -- TimeML value: 2019-09-19, or XXXX-09-26 when the year is unknown
    year_inferred    INTEGER NOT NULL DEFAULT 0 CHECK (year_inferred IN (0, 1)),
    date_candidates  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(date_candidates)),
    contact          TEXT,
    revision         TEXT,
    language         TEXT    NOT NULL DEFAULT 'und',
    body             TEXT    NOT NULL,
    added_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    -- sortable date: dates with a known year, '' otherwise, so 'XXXX-..' never sorts above real years
    date_key         TEXT GENERATED ALWAYS AS (
                         CASE WHEN publication_date GLOB '[0-9][0-9][0-9][0-9]*' THEN publication_date ELSE '' END
                     ) VIRTUAL
) STRICT;

CREATE INDEX articles_doc_id ON articles (doc_id);
CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_newest ON articles (date_key DESC, seq DESC);
