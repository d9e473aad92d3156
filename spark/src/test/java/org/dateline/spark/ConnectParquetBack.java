package org.dateline.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.model.ActorProfile;
import org.dateline.model.Connected;
import org.dateline.model.DateModifier;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;

/**
 * Rebuilds core's {@link Connected} from the cross-article Parquet tables ({@link ConnectTables}), column by name and
 * lists in {@code position} order, so a comparison with what was written checks the whole round trip.
 */
final class ConnectParquetBack {
    private ConnectParquetBack() {}

    static Connected read(SparkSession spark, String out) {
        Map<String, List<Row>> participants = byKey(spark, out, ConnectTables.STORY_EVENT_PARTICIPANTS, "event_id");
        Map<String, List<Row>> mentions = byKey(spark, out, ConnectTables.MENTIONS, "event_id");
        Map<String, List<Row>> links = byKey(spark, out, ConnectTables.LINKS, "event_id");
        List<StoryEvent> events = new ArrayList<>();
        for (Row r : rows(spark, out, ConnectTables.STORY_EVENTS)) {
            String id = r.getAs("event_id");
            List<Row> parts = participants.getOrDefault(id, List.of());
            Event e = Event.builder().id(id).type(EventType.parse(r.getAs("type"))).mode(r.getAs("mode")).cameo(r.getAs("cameo"))
                    .actors(side(parts, "actor")).recipients(side(parts, "recipient")).date(r.getAs("date"))
                    .dateMod(DateModifier.parse(r.getAs("date_mod"))).place(r.getAs("place")).status(EventStatus.parse(r.getAs("status")))
                    .topic(r.getAs("topic")).span(r.getAs("start_offset"), r.getAs("end_offset"))
                    .confidence(r.getAs("confidence")).outcome(r.getAs("outcome")).trigger(r.getAs("trigger"))
                    .sentence(r.getAs("sentence")).origin(r.getAs("origin")).reportedBy(side(parts, "reported_by").stream().findFirst().orElse(null)).build();
            events.add(new StoryEvent(id, e, map(mentions.getOrDefault(id, List.of()), m -> new Mention(
                    m.getAs("article_id"), m.getAs("headline"), m.getAs("sentence"), m.getAs("start_offset"),
                    m.getAs("end_offset"), m.getAs("article_event_id"))),
                    map(links.getOrDefault(id, List.of()), l -> new EventLink(LinkRelation.parse(l.getAs("rel")), l.getAs("other_event_id"),
                            l.getAs("evidence"))), r.getAs("thread_id")));
        }
        Map<String, List<Row>> threadActors = byKey(spark, out, ConnectTables.THREAD_ACTORS, "thread_id");
        List<StoryThread> threads = new ArrayList<>();
        byKey(spark, out, ConnectTables.THREADS, "thread_id").forEach((id, articles) -> {
            Row t = articles.get(0);
            threads.add(new StoryThread(id, t.getAs("title"), map(articles, a -> a.getAs("article_id")),
                    t.getAs("first_date"), t.getAs("last_date"),
                    map(threadActors.getOrDefault(id, List.of()), a -> a.getAs("name"))));
        });
        Map<String, List<Row>> aliases = byKey(spark, out, ConnectTables.ACTOR_ALIASES, "name");
        Map<String, List<Row>> roles = byKey(spark, out, ConnectTables.ACTOR_ROLES, "name");
        List<ActorProfile> actors = new ArrayList<>();
        for (Row a : rows(spark, out, ConnectTables.ACTORS)) {
            String name = a.getAs("name");
            actors.add(new ActorProfile(name, EntityType.parse(a.getAs("type")), a.getAs("country"), a.getAs("sector"),
                    map(aliases.getOrDefault(name, List.of()), r -> r.getAs("alias")),
                    map(roles.getOrDefault(name, List.of()), r -> new ActorProfile.Role(r.getAs("role"),
                            r.getAs("first_seen"), r.getAs("last_seen"))), a.getAs("events")));
        }
        return new Connected(events, threads, actors, pairs(spark, out, ConnectTables.REVISIONS, "revision_of"),
                pairs(spark, out, ConnectTables.INFERRED_DATES, "date"));
    }

    private static List<Participant> side(List<Row> rows, String role) {
        return rows.stream().filter(p -> role.equals(p.getAs("role")))
                .map(p -> new Participant(p.getAs("name"), p.getAs("country"), p.getAs("sector"))).toList();
    }

    private static <T> List<T> map(List<Row> rows, Function<Row, T> f) {
        return rows.stream().map(f).toList();
    }

    private static Map<String, String> pairs(SparkSession spark, String out, String table, String value) {
        Map<String, String> m = new HashMap<>();
        for (Row r : rows(spark, out, table)) m.put(r.getAs("article_id"), r.getAs(value));
        return m;
    }

    /** A table's rows grouped by a key column, each group in {@code position} order. */
    private static Map<String, List<Row>> byKey(SparkSession spark, String out, String table, String key) {
        List<Row> rows = new ArrayList<>(rows(spark, out, table));
        rows.sort(Comparator.comparing((Row r) -> (int) r.getAs("position")));
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        for (Row r : rows) grouped.computeIfAbsent(r.getAs(key), k -> new ArrayList<>()).add(r);
        return grouped;
    }

    private static List<Row> rows(SparkSession spark, String out, String table) {
        return spark.read().parquet(out + "/" + table).collectAsList();
    }
}
