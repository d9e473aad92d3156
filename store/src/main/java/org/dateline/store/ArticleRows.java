package org.dateline.store;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.dateline.model.Article;

/** Turns an {@code articles} row back into the {@link Article} that was stored. */
final class ArticleRows {
    /** Columns in the order {@link #read} expects; select them with this list. */
    static final String COLUMNS = "doc_id, source, url, headline, byline, agency, dateline_place, dateline_text, "
            + "publication_date, year_inferred, date_candidates, contact, revision, language, body, content_hash";

    private ArticleRows() {}

    static Article read(ResultSet rs) throws SQLException {
        return read(rs, 1);
    }

    /** Reads {@link #COLUMNS} starting at column {@code first}. */
    static Article read(ResultSet rs, int first) throws SQLException {
        int i = first - 1;
        return new Article(rs.getString(i + 1), rs.getString(i + 2), rs.getString(i + 3), rs.getString(i + 4),
                rs.getString(i + 5), rs.getString(i + 6), rs.getString(i + 7), rs.getString(i + 8), rs.getString(i + 9),
                rs.getInt(i + 10) != 0, DateCandidatesJson.read(rs.getString(i + 11)), rs.getString(i + 12),
                rs.getString(i + 13), rs.getString(i + 14), rs.getString(i + 15), rs.getString(i + 16));
    }
}
