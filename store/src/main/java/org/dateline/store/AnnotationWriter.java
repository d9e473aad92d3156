package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Quote;
import org.dateline.model.Spelled;
import org.dateline.model.TimeExpression;

/**
 * Stores annotated articles: the article row through {@link ArticleWriter} (so idempotency stays its business),
 * then the annotations of every article of the batch that has none yet. That last rule is what lets an NLP ingest
 * fill in articles an earlier {@code --no-nlp} ingest stored bare, while a second NLP ingest adds nothing.
 */
final class AnnotationWriter {
    private AnnotationWriter() {}

    /** Must run inside a write transaction; the caller commits. */
    static BatchResult insert(Connection c, List<Annotated> batch) throws SQLException {
        Map<String, Annotated> byKey = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>(batch.size());
        for (Annotated a : batch) {
            if (a == null || a.article() == null) continue;
            articles.add(a.article());
            byKey.putIfAbsent(ArticleWriter.keyOf(a.article()), a);
        }
        BatchResult stored = ArticleWriter.insert(c, articles);
        int annotated = 0;
        try (Statements s = new Statements(c)) {
            for (Map.Entry<String, Annotated> e : byKey.entrySet()) {
                long seq = unannotatedSeq(s.find, e.getKey());
                if (seq < 0) continue;
                s.write(seq, e.getValue());
                annotated++;
            }
        }
        return new BatchResult(stored.added(), stored.duplicates(), stored.addedIds(), annotated);
    }

    /** The article's row number when it is stored and not annotated yet, else -1. */
    private static long unannotatedSeq(PreparedStatement find, String key) throws SQLException {
        find.setString(1, key);
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() && rs.getInt(2) == 0 ? rs.getLong(1) : -1;
        }
    }

    /** The prepared statements of one batch. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement find, mark, entity, timex, quote, event;

        Statements(Connection c) throws SQLException {
            find = c.prepareStatement("SELECT a.seq, EXISTS (SELECT 1 FROM annotations n WHERE n.article = a.seq) "
                    + "FROM articles a WHERE a.content_hash = ?");
            mark = c.prepareStatement("INSERT INTO annotations (article) VALUES (?)");
            entity = c.prepareStatement("INSERT INTO entities (article, ord, text, type, span_start, span_end, canonical, "
                    + "country, sector, role, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            timex = c.prepareStatement("INSERT INTO timexes (article, ord, text, type, value, mod, span_start, span_end) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            quote = c.prepareStatement("INSERT INTO quotes (article, ord, text, speaker, span_start, span_end, kind) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)");
            event = c.prepareStatement("INSERT INTO events (article, ord, event_id, type, mode, cameo, actors, recipients, "
                    + "date, date_mod, place, status, topic, span_start, span_end, confidence, outcome, trigger, sentence, "
                    + "reported_by, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void write(long seq, Annotated a) throws SQLException {
            mark.setLong(1, seq);
            mark.executeUpdate();
            int ord = 0;
            for (Entity e : a.entities()) {
                Rows.bind(entity, seq, ord++, e.text(), Spelled.of(e.type()), e.start(), e.end(), e.canonical(), e.country(),
                        e.sector(), e.role(), e.sentence());
                entity.addBatch();
            }
            ord = 0;
            for (TimeExpression t : a.timexes()) {
                Rows.bind(timex, seq, ord++, t.text(), t.type(), t.value(), Spelled.of(t.mod()), t.start(), t.end());
                timex.addBatch();
            }
            ord = 0;
            for (Quote q : a.quotes()) {
                Rows.bind(quote, seq, ord++, q.text(), q.speaker(), q.start(), q.end(), q.kind());
                quote.addBatch();
            }
            ord = 0;
            for (Event e : a.events()) {
                Rows.bind(event, seq, ord++, e.id(), Spelled.of(e.type()), e.mode(), e.cameo(), JsonColumns.write(e.actors()),
                        JsonColumns.write(e.recipients()), e.date(), Spelled.of(e.dateMod()), e.place(), Spelled.of(e.status()), e.topic(),
                        e.start(), e.end(), e.confidence(), e.outcome(), e.trigger(), e.sentence(),
                        e.reportedBy() == null ? null : JsonColumns.write(List.of(e.reportedBy())), e.origin());
                event.addBatch();
            }
            entity.executeBatch();
            timex.executeBatch();
            quote.executeBatch();
            event.executeBatch();
        }

        @Override public void close() throws SQLException {
            for (PreparedStatement p : List.of(find, mark, entity, timex, quote, event)) p.close();
        }
    }
}
