package org.dateline.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.DateCandidate;
import org.dateline.model.DateModifier;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;

/**
 * Rebuilds core's records from the Parquet tables the job wrote, column by name, so that a comparison with the
 * embedded pipeline checks the whole round trip: flattening, Parquet types and nulls, and list order.
 */
final class ParquetBack {
    private ParquetBack() {}

    static RunResult read(SparkSession spark, String out) {
        Map<String, List<DateCandidate>> candidates = children(spark, out, Tables.DATE_CANDIDATES,
                r -> new DateCandidate(r.getAs("value"), r.getAs("origin"), r.getAs("text")));
        Map<String, List<Entity>> entities = children(spark, out, Tables.ENTITIES,
                r -> new Entity(r.getAs("text"), EntityType.parse(r.getAs("type")), (int) r.getAs("start_offset"),
                        (int) r.getAs("end_offset"), r.getAs("canonical"), r.getAs("country"), r.getAs("sector"),
                        r.getAs("role"), (int) r.getAs("sentence")));
        Map<String, List<TimeExpression>> timexes = children(spark, out, Tables.TIMEXES,
                r -> new TimeExpression(r.getAs("text"), r.getAs("type"), r.getAs("value"), DateModifier.parse(r.getAs("mod")),
                        (int) r.getAs("start_offset"), (int) r.getAs("end_offset")));
        Map<String, List<Quote>> quotes = children(spark, out, Tables.QUOTES,
                r -> new Quote(r.getAs("text"), r.getAs("speaker"), (int) r.getAs("start_offset"),
                        (int) r.getAs("end_offset"), r.getAs("kind")));
        Map<String, List<Row>> participants = children(spark, out, Tables.EVENT_PARTICIPANTS, r -> r);
        Map<String, List<Event>> events = new HashMap<>();
        for (Row r : sorted(spark, out, Tables.EVENTS)) {
            String id = r.getAs("article_id");
            int position = r.getAs("position");
            List<Participant> actors = new ArrayList<>();
            List<Participant> recipients = new ArrayList<>();
            Participant reportedBy = null;
            for (Row p : participants.getOrDefault(id, List.of())) {
                if ((int) p.getAs("event_position") != position) continue;
                Participant part = new Participant(p.getAs("name"), p.getAs("country"), p.getAs("sector"));
                if ("reported_by".equals(p.getAs("role"))) reportedBy = part;
                else ("actor".equals(p.getAs("role")) ? actors : recipients).add(part);
            }
            events.computeIfAbsent(id, k -> new ArrayList<>()).add(new Event(r.getAs("event_id"), EventType.parse(r.getAs("type")),
                    r.getAs("mode"), r.getAs("cameo"), actors, recipients, r.getAs("date"), DateModifier.parse(r.getAs("date_mod")),
                    r.getAs("place"), EventStatus.parse(r.getAs("status")), r.getAs("topic"), (int) r.getAs("start_offset"),
                    (int) r.getAs("end_offset"), (double) r.getAs("confidence"), r.getAs("outcome"), r.getAs("trigger"),
                    (int) r.getAs("sentence"), reportedBy, r.getAs("origin")));
        }
        List<Annotated> annotated = new ArrayList<>();
        for (Row r : spark.read().parquet(out + "/" + Tables.ARTICLES).collectAsList()) {
            String id = r.getAs("article_id");
            Article article = new Article(id, r.getAs("source"), r.getAs("url"), r.getAs("headline"),
                    r.getAs("byline"), r.getAs("agency"), r.getAs("dateline_place"), r.getAs("dateline_text"),
                    r.getAs("publication_date"), r.getAs("year_inferred"), candidates.getOrDefault(id, List.of()),
                    r.getAs("contact"), r.getAs("revision"), r.getAs("language"), r.getAs("body"),
                    r.getAs("content_hash"));
            annotated.add(new Annotated(article, entities.getOrDefault(id, List.of()),
                    timexes.getOrDefault(id, List.of()), quotes.getOrDefault(id, List.of()),
                    events.getOrDefault(id, List.of())));
        }
        Set<String> errors = new HashSet<>();
        for (Row r : spark.read().parquet(out + "/" + Tables.ERRORS).collectAsList()) errors.add(r.getAs("source"));
        return new RunResult(annotated, errors);
    }

    /** A child table's rows grouped by article id, each list in its original order. */
    private static <T> Map<String, List<T>> children(SparkSession spark, String out, String table, Function<Row, T> f) {
        Map<String, List<T>> byArticle = new HashMap<>();
        for (Row r : sorted(spark, out, table)) {
            byArticle.computeIfAbsent(r.getAs("article_id"), k -> new ArrayList<>()).add(f.apply(r));
        }
        return byArticle;
    }

    private static List<Row> sorted(SparkSession spark, String out, String table) {
        List<Row> rows = new ArrayList<>(spark.read().parquet(out + "/" + table).collectAsList());
        String order = table.equals(Tables.EVENT_PARTICIPANTS) ? "event_position" : "position";
        rows.sort(Comparator.comparing((Row r) -> (String) r.getAs("article_id"))
                .thenComparingInt(r -> (int) r.getAs(order))
                .thenComparing(r -> table.equals(Tables.EVENT_PARTICIPANTS) ? (String) r.getAs("role") : "")
                .thenComparingInt(r -> table.equals(Tables.EVENT_PARTICIPANTS) ? (int) r.getAs("position") : 0));
        return rows;
    }
}
