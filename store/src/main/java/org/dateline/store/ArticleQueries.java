package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.dateline.model.Article;

/**
 * The reads of the {@code articles} table behind {@link Store}: an article by any id people use, the newest ones,
 * counts and the summary {@code dateline stats} prints. Each method runs on a reader connection the store lends.
 */
final class ArticleQueries {
    private ArticleQueries() {}

    /** As {@link Store#article(String)}. */
    static Optional<Article> article(Connection c, String id) throws SQLException {
        OptionalLong seq = ArticleLookup.seqOf(c, id);
        return seq.isEmpty() ? Optional.empty() : select(c, "WHERE seq = ?", seq.getAsLong()).stream().findFirst();
    }

    /** Every article stored under this source id, in insertion order. */
    static List<Article> withDocId(Connection c, String docId) throws SQLException {
        return select(c, "WHERE doc_id = ? ORDER BY seq", docId);
    }

    /** By publication date, newest first (yearless dates after dated ones), then most recently stored first. */
    static List<Article> newest(Connection c, int limit) throws SQLException {
        return select(c, "ORDER BY date_key DESC, seq DESC LIMIT ?", limit);
    }

    static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether an article with this content hash is stored with its annotations. */
    static boolean isAnnotated(Connection c, String contentHash) throws SQLException {
        return !Rows.list(c, "SELECT 1 FROM articles a JOIN annotations n ON n.article = a.seq "
                + "WHERE a.content_hash = ?", rs -> 1, contentHash).isEmpty();
    }

    /** Article count, date range and the spread over languages and agencies of the store in {@code file}. */
    static Stats stats(Connection c, Path file, int schemaVersion) throws SQLException {
        long articles;
        String earliest;
        String latest;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), min(nullif(date_key, '')), max(date_key) FROM articles")) {
            rs.next();
            articles = rs.getLong(1);
            earliest = rs.getString(2);
            latest = rs.getString(3) == null || rs.getString(3).isEmpty() ? null : rs.getString(3);
        }
        Map<String, Long> languages = counts(c, "language");
        Map<String, Long> agencies = counts(c, "coalesce(agency, '" + Stats.NO_AGENCY + "')");
        return new Stats(articles, languages, agencies, earliest, latest, fileBytes(file), schemaVersion);
    }

    private static List<Article> select(Connection c, String tail, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + ArticleRows.COLUMNS + " FROM articles " + tail)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            List<Article> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(ArticleRows.read(rs));
            }
            return out;
        }
    }

    private static Map<String, Long> counts(Connection c, String column) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT " + column + " AS k, count(*) AS n FROM articles GROUP BY k ORDER BY n DESC, k")) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    /** The file and its write-ahead log, as they are on disk. */
    private static long fileBytes(Path file) {
        long total = 0;
        for (Path p : List.of(file, Path.of(file + "-wal"))) {
            try {
                if (Files.exists(p)) total += Files.size(p);
            } catch (IOException ignored) {
                // the log can vanish between the check and the size when the last writer closes
            }
        }
        return total;
    }
}
