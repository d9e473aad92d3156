package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Finds an article's row from the id a user or a link gives: its store key (content hash), else the first article
 * stored under that source id ({@code doc_id}), else the only one whose content hash starts with it (at least 8
 * hex characters, as people copy them from listings).
 */
final class ArticleLookup {
    private ArticleLookup() {}

    static OptionalLong seqOf(Connection c, String id) throws SQLException {
        if (id == null || id.isBlank()) return OptionalLong.empty();
        List<Long> found = Rows.list(c, "SELECT seq FROM articles WHERE content_hash = ?", rs -> rs.getLong(1), id);
        if (found.isEmpty()) {
            found = Rows.list(c, "SELECT seq FROM articles WHERE doc_id = ? ORDER BY seq LIMIT 1", rs -> rs.getLong(1), id);
        }
        if (found.isEmpty() && id.length() >= 8 && id.matches("[0-9a-f]+")) {
            found = Rows.list(c, "SELECT seq FROM articles WHERE content_hash >= ? AND content_hash < ? LIMIT 2",
                    rs -> rs.getLong(1), id, id + "g");
            if (found.size() != 1) return OptionalLong.empty();
        }
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }
}
