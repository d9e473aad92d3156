package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.Article;
import org.dateline.model.ContentHash;

/**
 * Inserts a batch of articles with one prepared statement, skipping content already stored.
 *
 * <p>The content hash is unique in the table, so "content already stored" (and with it "same URL and same
 * content") is decided by SQLite's {@code ON CONFLICT DO NOTHING}, which is both fast and race-free; the per-row
 * change counts tell which rows went in. Repeats inside the batch are caught here first.
 */
final class ArticleWriter {
    /** Rows bound before the driver runs them: bounds memory when a caller hands over a very large batch. */
    private static final int CHUNK = 1000;
    private static final String INSERT = "INSERT INTO articles (content_hash, doc_id, source, url, headline, byline, "
            + "agency, dateline_place, dateline_text, publication_date, year_inferred, date_candidates, contact, "
            + "revision, language, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (content_hash) DO NOTHING";

    private ArticleWriter() {}

    /** Must run inside a write transaction; the caller commits. Null entries are ignored. */
    static BatchResult insert(Connection c, List<Article> articles) throws SQLException {
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int duplicates = 0;
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            for (Article a : articles) {
                if (a == null) continue;
                String hash = keyOf(a);
                if (!seen.add(hash)) {
                    duplicates++;
                    continue;
                }
                bind(p, a, hash);
                p.addBatch();
                pending.add(hash);
                if (pending.size() == CHUNK) duplicates += run(p, pending, added);
            }
            duplicates += run(p, pending, added);
        }
        return new BatchResult(added.size(), duplicates, added);
    }

    /** The store key: the article's content hash, computed the way core does when a caller left it out. */
    static String keyOf(Article a) {
        return a.contentHash() != null && !a.contentHash().isBlank() ? a.contentHash()
                : ContentHash.of(a.headline(), a.body());
    }

    private static int run(PreparedStatement p, List<String> pending, List<String> added) throws SQLException {
        if (pending.isEmpty()) return 0;
        int[] changes = p.executeBatch();
        int skipped = 0;
        for (int i = 0; i < changes.length; i++) {
            if (changes[i] > 0) added.add(pending.get(i));
            else skipped++;
        }
        pending.clear();
        return skipped;
    }

    private static void bind(PreparedStatement p, Article a, String hash) throws SQLException {
        p.setString(1, hash);
        p.setString(2, a.id() != null ? a.id() : hash.substring(0, 16));
        p.setString(3, a.source());
        p.setString(4, a.url());
        p.setString(5, a.headline());
        p.setString(6, a.byline());
        p.setString(7, a.agency());
        p.setString(8, a.datelinePlace());
        p.setString(9, a.datelineText());
        p.setString(10, a.publicationDate());
        p.setInt(11, a.yearInferred() ? 1 : 0);
        p.setString(12, DateCandidatesJson.write(a.dateCandidates()));
        p.setString(13, a.contact());
        p.setString(14, a.revision());
        p.setString(15, a.language());
        p.setString(16, a.body());
    }
}
