package org.dateline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What {@link Store#verify} checks: SQLite's integrity check, and that the full-text index holds every article. */
final class HealthCheck {
    private HealthCheck() {}

    /** Runs on the writer: FTS5's integrity check is issued as a write to the index table. */
    static Health run(Connection writer) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = writer.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) problems.add("integrity check: " + rs.getString(1));
                }
            }
            try {
                s.executeUpdate("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
            } catch (SQLException e) {
                problems.add("full-text index does not match the articles: " + e.getMessage());
            }
            long articles = single(s, "SELECT count(*) FROM articles");
            long indexed = single(s, "SELECT count(*) FROM articles_fts_docsize");
            long unindexed = single(s, "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                    + "(SELECT 1 FROM articles_fts_docsize d WHERE d.id = a.seq)");
            if (indexed != articles) problems.add(indexed + " indexed documents for " + articles + " articles");
            if (unindexed > 0) problems.add(unindexed + " articles missing from the full-text index");
            return new Health(articles, indexed, problems);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
