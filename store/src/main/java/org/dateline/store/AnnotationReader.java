package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.DateModifier;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;

/**
 * Reads annotated articles back, a chunk of articles at a time with one query per annotation table, so streaming
 * the whole store for the cross-article stage costs a few queries per {@value #CHUNK} articles, not per article.
 */
final class AnnotationReader {
    static final int CHUNK = 200;
    /** Dated articles oldest first, then those without a known year (by month and day), then undated ones. */
    static final String OLDEST_FIRST = "ORDER BY date_key = '', date_key, publication_date IS NULL, publication_date, seq";

    private AnnotationReader() {}

    /** Every stored article with its annotations, oldest first, read from one consistent snapshot. */
    static void each(Connection c, Consumer<? super Annotated> sink) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN");                // one snapshot: a writer committing meanwhile is not seen half-way
        }
        try {
            List<Long> seqs = Rows.list(c, "SELECT seq FROM articles " + OLDEST_FIRST, rs -> rs.getLong(1));
            for (int i = 0; i < seqs.size(); i += CHUNK) {
                load(c, seqs.subList(i, Math.min(seqs.size(), i + CHUNK))).forEach(sink);
            }
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        }
    }

    /** The annotated articles with these row numbers, in the order given (missing ones left out). */
    static List<Annotated> load(Connection c, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) return List.of();
        String in = "(" + Rows.marks(seqs.size()) + ")";
        Object[] args = Rows.args(seqs);
        Map<Long, Article> articles = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT seq, " + ArticleRows.COLUMNS + " FROM articles WHERE seq IN " + in)) {
            Rows.bind(p, args);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) articles.put(rs.getLong(1), ArticleRows.read(rs, 2));
            }
        }
        Map<Long, List<Entity>> entities = Rows.group(c, "SELECT article, text, type, span_start, span_end, canonical, "
                + "country, sector, role, sentence FROM entities WHERE article IN " + in + " ORDER BY article, ord", args,
                rs -> new Entity(rs.getString(2), StoredSpellings.entityType(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10)));
        Map<Long, List<TimeExpression>> timexes = Rows.group(c, "SELECT article, text, type, value, mod, span_start, span_end "
                + "FROM timexes WHERE article IN " + in + " ORDER BY article, ord", args,
                rs -> new TimeExpression(rs.getString(2), rs.getString(3), rs.getString(4), DateModifier.parse(rs.getString(5)),
                        rs.getInt(6), rs.getInt(7)));
        Map<Long, List<Quote>> quotes = Rows.group(c, "SELECT article, text, speaker, span_start, span_end, kind "
                + "FROM quotes WHERE article IN " + in + " ORDER BY article, ord", args,
                rs -> new Quote(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6)));
        Map<Long, List<Event>> events = Rows.group(c, "SELECT article, event_id, type, mode, cameo, actors, recipients, date, "
                + "date_mod, place, status, topic, span_start, span_end, confidence, outcome, trigger, sentence, reported_by, origin "
                + "FROM events WHERE article IN " + in
                + " ORDER BY article, ord", args, AnnotationReader::event);
        List<Annotated> out = new ArrayList<>(seqs.size());
        for (Long seq : seqs) {
            Article a = articles.get(seq);
            if (a == null) continue;
            out.add(new Annotated(a, entities.getOrDefault(seq, List.of()), timexes.getOrDefault(seq, List.of()),
                    quotes.getOrDefault(seq, List.of()), events.getOrDefault(seq, List.of())));
        }
        return out;
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getString(2), StoredSpellings.eventType(rs.getString(3)), rs.getString(4), rs.getString(5),
                JsonColumns.participants(rs.getString(6)), JsonColumns.participants(rs.getString(7)), rs.getString(8),
                DateModifier.parse(rs.getString(9)), rs.getString(10), EventStatus.parse(rs.getString(11)), rs.getString(12), rs.getInt(13), rs.getInt(14),
                rs.getDouble(15), rs.getString(16), rs.getString(17), rs.getInt(18),
                JsonColumns.participants(rs.getString(19)).stream().findFirst().orElse(null), rs.getString(20));
    }
}
