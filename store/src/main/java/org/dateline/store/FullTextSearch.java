package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FTS5 search over headline and body, best match first.
 *
 * <p>The user's text is tried first as an FTS5 query, so {@code "north korea"}, {@code kim OR moon} and
 * {@code missil*} keep their meaning. When FTS5 rejects it (an unbalanced quote, a stray {@code AND}, a colon
 * read as a column filter) the words are searched for literally instead, each quoted; only when no word is
 * left does the caller get an "invalid search query" error. SQL errors never reach the user.
 */
final class FullTextSearch {
    /** A headline match counts this many times a body match: headlines name what the article is about. */
    static final double HEADLINE_WEIGHT = 10.0;
    /** Tokens of context around the matches in a snippet (FTS5 allows at most 64). */
    private static final int SNIPPET_TOKENS = 32;
    private static final String SQL = "SELECT a.content_hash, a.headline, a.publication_date, "
            + "snippet(articles_fts, 1, ?, ?, '…', " + SNIPPET_TOKENS + "), "
            + "bm25(articles_fts, " + HEADLINE_WEIGHT + ", 1.0) AS rank "
            + "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            + "WHERE articles_fts MATCH ? ORDER BY rank, a.seq LIMIT ? OFFSET ?";

    private FullTextSearch() {}

    static List<SearchHit> search(Connection c, String query, int limit, int offset, String open, String close)
            throws SQLException {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must not be negative");
        if (query == null || query.isBlank() || limit == 0) return List.of();
        return withFallback(query, match -> run(c, match, limit, offset, open, close));
    }

    /** How many articles the query matches, read the same way as {@link #search}. */
    static long count(Connection c, String query) throws SQLException {
        if (query == null || query.isBlank()) return 0;
        return withFallback(query, match -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?")) {
                p.setString(1, match);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    private interface Match<T> {
        T run(String match) throws SQLException;
    }

    /** Runs the query as FTS5 reads it, and word by word when FTS5 cannot parse it. */
    private static <T> T withFallback(String query, Match<T> match) throws SQLException {
        try {
            return match.run(query);
        } catch (SQLException e) {
            if (SqliteFiles.primaryCode(e) != 1) throw e;       // SQLITE_ERROR: FTS5 could not parse the query
            String literal = literalQuery(query).orElseThrow(() ->
                    new StoreException("invalid search query: " + query + " (it has no words to search for)", e));
            try {
                return match.run(literal);
            } catch (SQLException again) {
                if (SqliteFiles.primaryCode(again) != 1) throw again;
                throw new StoreException("invalid search query: " + query, again);
            }
        }
    }

    /**
     * Each whitespace-separated word of the query as a quoted FTS5 string (implicit AND); a trailing {@code *}
     * stays a prefix search. Words without a letter or digit are dropped; empty when none is left.
     */
    static Optional<String> literalQuery(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : query.strip().split("\\s+")) {
            boolean prefix = word.endsWith("*");
            String bare = word.replace("\"", "").replace("*", "");
            if (bare.codePoints().noneMatch(Character::isLetterOrDigit)) continue;
            terms.add('"' + bare + '"' + (prefix ? "*" : ""));
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }

    private static List<SearchHit> run(Connection c, String match, int limit, int offset, String open, String close)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SQL)) {
            p.setString(1, open);
            p.setString(2, close);
            p.setString(3, match);
            p.setInt(4, limit);
            p.setInt(5, offset);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            -rs.getDouble(5)));
                }
            }
            return hits;
        }
    }
}
