package org.dateline.store;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.dateline.core.model.Article;

/** Turns an {@code articles} row back into the {@link Article} that was stored. */
final class ArticleRows {
    /** Columns in the order {@link #read} expects; select them with this list. */
    static final String COLUMNS = "doc_id, source, url, headline, byline, agency, dateline_place, dateline_text, "
            + "publication_date, year_inferred, date_candidates, contact, revision, language, body, content_hash";

    private ArticleRows() {}

    static Article read(ResultSet rs) throws SQLException {
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10) != 0,
                DateCandidatesJson.read(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16));
    }
}
