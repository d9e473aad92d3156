-- A counter the cross-article writer bumps each time it replaces the connected record (story events, threads,
-- actors): readers that cache what they read from it (the web API) can tell whether it changed with one row read,
-- while ingests that only add articles leave it alone.
CREATE TABLE connections_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO connections_generation (id, n) VALUES (1, 0);
