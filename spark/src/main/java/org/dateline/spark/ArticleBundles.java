package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.DateModifier;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * One row per distinct article with the child rows the cross-article stage reads (entities, time expressions,
 * events and their participants) nested in it, and the way back to core's {@link Annotated}. Exact copies of a story
 * share an {@code article_id}; they become one article, the one from the least {@code source}, as the store keeps one
 * per content. Quotes and date candidates are left out: the Connector does not read them.
 */
final class ArticleBundles {
    private ArticleBundles() {}

    static Dataset<Row> of(Map<String, Dataset<Row>> t) {
        Dataset<Row> articles = t.get(Tables.ARTICLES);
        Column[] fields = Arrays.stream(Tables.ARTICLES_SCHEMA.fieldNames())
                .filter(f -> !f.equals("article_id") && !f.equals("source")).map(f -> col(f)).toArray(Column[]::new);
        Column[] all = new Column[fields.length + 1];
        all[0] = col("source");
        System.arraycopy(fields, 0, all, 1, fields.length);
        Dataset<Row> one = articles.groupBy("article_id").agg(min(struct(all)).as("a")).select("article_id", "a.*");
        return one
                .join(nested(t.get(Tables.ENTITIES), "entities", "position"), "article_id", "left")
                .join(nested(t.get(Tables.TIMEXES), "timexes", "position"), "article_id", "left")
                .join(nested(t.get(Tables.EVENTS), "events", "position"), "article_id", "left")
                .join(nested(t.get(Tables.EVENT_PARTICIPANTS), "participants", "event_position", "role", "position"),
                        "article_id", "left");
    }

    /** A child table as one list column per article, duplicates of exact copies dropped. */
    private static Dataset<Row> nested(Dataset<Row> child, String as, String... keyColumns) {
        List<String> key = new ArrayList<>(List.of("article_id"));
        key.addAll(List.of(keyColumns));
        Column[] cols = Arrays.stream(child.columns()).filter(c -> !c.equals("article_id"))
                .map(c -> col(c)).toArray(Column[]::new);
        return child.dropDuplicates(key.toArray(String[]::new)).groupBy("article_id")
                .agg(collect_list(struct(cols)).as(as));
    }

    /** The article back as core's record; lists in their original order (collect_list keeps none). */
    static Annotated annotated(Row r) {
        Article article = new Article(r.getAs("article_id"), r.getAs("source"), r.getAs("url"), r.getAs("headline"),
                r.getAs("byline"), r.getAs("agency"), r.getAs("dateline_place"), r.getAs("dateline_text"),
                r.getAs("publication_date"), r.getAs("year_inferred"), List.of(), r.getAs("contact"),
                r.getAs("revision"), r.getAs("language"), r.getAs("body"), r.getAs("content_hash"));
        List<Entity> entities = new ArrayList<>();
        for (Row e : sorted(r, "entities", "position")) {
            entities.add(new Entity(e.getAs("text"), EntityType.parse(e.getAs("type")), (int) e.getAs("start_offset"),
                    (int) e.getAs("end_offset"), e.getAs("canonical"), e.getAs("country"), e.getAs("sector"),
                    e.getAs("role"), (int) e.getAs("sentence")));
        }
        List<TimeExpression> timexes = new ArrayList<>();
        for (Row x : sorted(r, "timexes", "position")) {
            timexes.add(new TimeExpression(x.getAs("text"), x.getAs("type"), x.getAs("value"), DateModifier.parse(x.getAs("mod")),
                    (int) x.getAs("start_offset"), (int) x.getAs("end_offset")));
        }
        List<Row> participants = sorted(r, "participants", "position");
        List<Event> events = new ArrayList<>();
        for (Row e : sorted(r, "events", "position")) {
            int position = e.getAs("position");
            List<Participant> actors = new ArrayList<>();
            List<Participant> recipients = new ArrayList<>();
            Participant reportedBy = null;
            for (Row p : participants) {
                if ((int) p.getAs("event_position") != position) continue;
                Participant part = new Participant(p.getAs("name"), p.getAs("country"), p.getAs("sector"));
                if ("reported_by".equals(p.getAs("role"))) reportedBy = part;
                else ("actor".equals(p.getAs("role")) ? actors : recipients).add(part);
            }
            events.add(new Event(e.getAs("event_id"), EventType.parse(e.getAs("type")), e.getAs("mode"), e.getAs("cameo"), actors,
                    recipients, e.getAs("date"), DateModifier.parse(e.getAs("date_mod")), e.getAs("place"), EventStatus.parse(e.getAs("status")),
                    e.getAs("topic"), (int) e.getAs("start_offset"), (int) e.getAs("end_offset"),
                    (double) e.getAs("confidence"), e.getAs("outcome"), e.getAs("trigger"),
                    (int) e.getAs("sentence"), reportedBy, e.getAs("origin")));
        }
        return new Annotated(article, entities, timexes, List.of(), events);
    }

    private static List<Row> sorted(Row r, String field, String order) {
        List<Row> rows = r.isNullAt(r.fieldIndex(field)) ? List.of() : r.getList(r.fieldIndex(field));
        List<Row> out = new ArrayList<>(rows);
        out.sort(Comparator.comparingInt((Row x) -> x.getAs(order)));
        return out;
    }
}
