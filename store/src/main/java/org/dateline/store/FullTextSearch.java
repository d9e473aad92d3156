package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteErrorCode;

/**
 * FTS5 search over headline and body, best match first.
 *
 * <p>The user's text is tried first as an FTS5 query, so {@code "north korea"}, {@code kim OR moon} and
 * {@code missil*} keep their meaning. When FTS5 rejects it (an unbalanced quote, a stray {@code AND}, a colon
 * read as a column filter) the words are searched for literally instead, each quoted; only when no word is
 * left does the caller get an "invalid search query" error. SQL errors never reach the user.
 *
 * <p>A search is bounded twice: a query of more than {@value #MAX_TERMS} terms is refused before it runs (FTS5's
 * cost grows with the square of OR'd prefix terms: 128 of them took 20 s), and a running search is stopped when its
 * {@link SearchBudget} runs out, its asker cancels it, its thread is interrupted or the store closes.
 */
final class FullTextSearch {
    /** A headline match counts this many times a body match: headlines name what the article is about. */
    static final double HEADLINE_WEIGHT = 10.0;
    /** Tokens of context around the matches in a snippet (FTS5 allows at most 64). */
    private static final int SNIPPET_TOKENS = 32;
    /** The most terms (words, prefixes, phrase words) a query may have. */
    static final int MAX_TERMS = 32;
    /** The longest query, in characters, read at all. */
    static final int MAX_QUERY_CHARS = 1000;
    /** SQLite virtual-machine steps between two looks at the budget (a look costs a clock read). */
    private static final int STEPS_PER_CHECK = 1000;
    /** A term: a run of letters and digits; FTS5's operators in capitals are not terms. */
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "NEAR");
    private static final String SQL = "SELECT a.content_hash, a.headline, a.publication_date, "
            + "snippet(articles_fts, 1, ?, ?, '…', " + SNIPPET_TOKENS + "), "
            + "bm25(articles_fts, " + HEADLINE_WEIGHT + ", 1.0) AS rank "
            + "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            + "WHERE articles_fts MATCH ? ORDER BY rank, a.seq LIMIT ? OFFSET ?";

    private FullTextSearch() {}

    static List<SearchHit> search(Connection c, String query, int limit, int offset, String open, String close,
                                  SearchBudget budget, BooleanSupplier storeClosed) throws SQLException {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must not be negative");
        if (query == null || query.isBlank() || limit == 0) return List.of();
        return bounded(c, query, budget, storeClosed, match -> run(c, match, limit, offset, open, close));
    }

    /** How many articles the query matches, read the same way as {@link #search} and within the same bounds. */
    static long count(Connection c, String query, SearchBudget budget, BooleanSupplier storeClosed)
            throws SQLException {
        if (query == null || query.isBlank()) return 0;
        return bounded(c, query, budget, storeClosed, match -> {
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

    /** Runs {@code match} on a query of bounded size, stopped by SQLite when the budget runs out. */
    private static <T> T bounded(Connection c, String query, SearchBudget budget, BooleanSupplier storeClosed,
                                 Match<T> match) throws SQLException {
        checkSize(query);
        Watch watch = new Watch(budget, storeClosed);
        ProgressHandler.setHandler(c, STEPS_PER_CHECK, watch);
        try {
            return withFallback(query, match);
        } catch (SQLException e) {
            if (SqliteFiles.primaryCode(e) != SQLiteErrorCode.SQLITE_INTERRUPT.code) throw e;
            throw watch.interrupted(query, e);
        } finally {
            ProgressHandler.clearHandler(c);
        }
    }

    /** Runs the query as FTS5 reads it, and word by word when FTS5 cannot parse it. */
    private static <T> T withFallback(String query, Match<T> match) throws SQLException {
        try {
            return match.run(query);
        } catch (SQLException e) {
            if (SqliteFiles.primaryCode(e) != 1) throw e;       // SQLITE_ERROR: FTS5 could not parse the query
            String literal = literalQuery(query).orElseThrow(() ->
                    new InvalidQueryException("invalid search query: " + query + " (it has no words to search for)", e));
            try {
                return match.run(literal);
            } catch (SQLException again) {
                if (SqliteFiles.primaryCode(again) != 1) throw again;
                throw new InvalidQueryException("invalid search query: " + query, again);
            }
        }
    }

    /** Refuses a query too large to run in reasonable time, before it runs. */
    static void checkSize(String query) {
        if (query.length() > MAX_QUERY_CHARS) {
            throw new InvalidQueryException("search query too large: " + query.length() + " characters (at most "
                    + MAX_QUERY_CHARS + ")");
        }
        int terms = 0;
        for (Matcher m = TERM.matcher(query); m.find(); ) {
            if (!OPERATORS.contains(m.group())) terms++;
        }
        if (terms > MAX_TERMS) {
            throw new InvalidQueryException("search query too large: " + terms + " terms (at most " + MAX_TERMS
                    + "); search for fewer words at a time");
        }
    }

    /** SQLite's progress handler: stops the statement (SQLITE_INTERRUPT) once the search should no longer run. */
    private static final class Watch extends ProgressHandler {
        private final SearchBudget budget;
        private final BooleanSupplier storeClosed;
        private final long deadline;
        private volatile boolean timedOut;

        Watch(SearchBudget budget, BooleanSupplier storeClosed) {
            this.budget = budget;
            this.storeClosed = storeClosed;
            this.deadline = System.nanoTime() + budget.timeLimit().toNanos();
        }

        @Override protected int progress() {
            if (System.nanoTime() - deadline > 0) {
                timedOut = true;
                return 1;
            }
            boolean stop = budget.cancelled().getAsBoolean() || storeClosed.getAsBoolean()
                    || Thread.currentThread().isInterrupted();
            return stop ? 1 : 0;
        }

        SearchInterruptedException interrupted(String query, SQLException cause) {
            String why = timedOut
                    ? "took longer than " + budget.timeLimit().toMillis() + " ms; use fewer OR'd or prefix terms, or a smaller offset"
                    : "was cancelled";
            return new SearchInterruptedException("the search " + why, timedOut, cause);
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
