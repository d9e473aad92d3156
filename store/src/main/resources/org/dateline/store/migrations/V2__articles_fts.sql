-- Full-text index over headline and body. External content: the text lives once, in articles; triggers keep
-- the index in step inside the same transaction as the row, so a crash can never leave one without the other.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline,
    body,
    content = 'articles',
    content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, headline, body) VALUES (new.seq, new.headline, new.body);
END;

CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.seq, old.headline, old.body);
END;

CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF headline, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.seq, old.headline, old.body);
    INSERT INTO articles_fts (rowid, headline, body) VALUES (new.seq, new.headline, new.body);
END;

-- index whatever a version-1 database already holds
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
