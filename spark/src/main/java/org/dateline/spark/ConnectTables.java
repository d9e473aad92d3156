package org.dateline.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dateline.model.ActorProfile;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;

/**
 * The cross-article tables, flat like the per-document ones ({@link Tables}): a list becomes child rows with a
 * {@code position}, ids join them ({@code event_id} to {@code story_events}, {@code article_id} to {@code articles},
 * {@code thread_id} to {@code threads}). {@link #rows} flattens one block's {@link Connected}; actor rows are per
 * block and merged across blocks by the stage.
 */
final class ConnectTables {
    private ConnectTables() {}

    public static final String STORY_EVENTS = "story_events";
    public static final String STORY_EVENT_PARTICIPANTS = "story_event_participants";
    public static final String MENTIONS = "mentions";
    public static final String LINKS = "links";
    public static final String THREADS = "threads";
    public static final String THREAD_ACTORS = "thread_actors";
    public static final String ACTORS = "actors";
    public static final String ACTOR_ALIASES = "actor_aliases";
    public static final String ACTOR_ROLES = "actor_roles";
    public static final String REVISIONS = "revisions";
    public static final String INFERRED_DATES = "inferred_dates";
    public static final String BLOCKS = "blocks";

    static final StructType STORY_EVENTS_SCHEMA = schema(
            "event_id", StringType, false, "type", StringType, true, "mode", StringType, true,
            "cameo", StringType, true, "date", StringType, true, "date_mod", StringType, true,
            "place", StringType, true, "status", StringType, true, "topic", StringType, true,
            "confidence", DoubleType, false, "thread_id", StringType, true, "mentions", IntegerType, false,
            "start_offset", IntegerType, false, "end_offset", IntegerType, false, "outcome", StringType, true,
            "trigger", StringType, true, "sentence", IntegerType, false, "origin", StringType, false);
    static final StructType STORY_EVENT_PARTICIPANTS_SCHEMA = schema(
            "event_id", StringType, false, "role", StringType, false, "position", IntegerType, false,
            "name", StringType, true, "country", StringType, true, "sector", StringType, true);
    /** One report of a story event: where in which article ({@code article_event_id} is the per-article event). */
    static final StructType MENTIONS_SCHEMA = schema(
            "event_id", StringType, false, "position", IntegerType, false, "article_id", StringType, false,
            "headline", StringType, true, "sentence", StringType, true, "start_offset", IntegerType, false,
            "end_offset", IntegerType, false, "article_event_id", StringType, true);
    static final StructType LINKS_SCHEMA = schema(
            "event_id", StringType, false, "position", IntegerType, false, "rel", StringType, false,
            "other_event_id", StringType, false, "evidence", StringType, true);
    /** One row per article of a thread (denormalised: the thread's fields repeat); {@code main_actors} joined by "; ". */
    static final StructType THREADS_SCHEMA = schema(
            "thread_id", StringType, false, "title", StringType, true, "first_date", StringType, true,
            "last_date", StringType, true, "main_actors", StringType, true, "position", IntegerType, false,
            "article_id", StringType, false);
    /** A thread's main actors, most active first ({@code main_actors} of {@link #THREADS_SCHEMA} is for reading). */
    static final StructType THREAD_ACTORS_SCHEMA = schema(
            "thread_id", StringType, false, "position", IntegerType, false, "name", StringType, false);
    static final StructType ACTORS_SCHEMA = schema(
            "name", StringType, false, "type", StringType, true, "country", StringType, true,
            "sector", StringType, true, "events", IntegerType, false);
    /** An actor's aliases and roles in the order its profile lists them ({@code position}; across blocks the least). */
    static final StructType ACTOR_ALIASES_SCHEMA = schema("name", StringType, false, "alias", StringType, false,
            "position", IntegerType, false);
    static final StructType ACTOR_ROLES_SCHEMA = schema(
            "name", StringType, false, "role", StringType, false, "first_seen", StringType, true,
            "last_seen", StringType, true, "position", IntegerType, false);
    static final StructType REVISIONS_SCHEMA = schema("article_id", StringType, false, "revision_of", StringType, false);
    static final StructType INFERRED_DATES_SCHEMA = schema("article_id", StringType, false, "date", StringType, false);
    /** Which block each article was connected in, and the block's size: to explain a difference, to size a cluster. */
    static final StructType BLOCKS_SCHEMA = schema(
            "article_id", StringType, false, "block", StringType, false, "block_articles", IntegerType, false);

    /** Every cross-article table by name, in the order the job writes them. */
    static final Map<String, StructType> ALL = all();

    private static Map<String, StructType> all() {
        Map<String, StructType> m = new LinkedHashMap<>();
        m.put(STORY_EVENTS, STORY_EVENTS_SCHEMA);
        m.put(STORY_EVENT_PARTICIPANTS, STORY_EVENT_PARTICIPANTS_SCHEMA);
        m.put(MENTIONS, MENTIONS_SCHEMA);
        m.put(LINKS, LINKS_SCHEMA);
        m.put(THREADS, THREADS_SCHEMA);
        m.put(THREAD_ACTORS, THREAD_ACTORS_SCHEMA);
        m.put(ACTORS, ACTORS_SCHEMA);
        m.put(ACTOR_ALIASES, ACTOR_ALIASES_SCHEMA);
        m.put(ACTOR_ROLES, ACTOR_ROLES_SCHEMA);
        m.put(REVISIONS, REVISIONS_SCHEMA);
        m.put(INFERRED_DATES, INFERRED_DATES_SCHEMA);
        m.put(BLOCKS, BLOCKS_SCHEMA);
        return Collections.unmodifiableMap(m);
    }

    /** One block's result as rows per table, with the block's own rows ({@link #BLOCKS_SCHEMA}). */
    static Outcome rows(Connected c, List<Row> blockRows) {
        Map<String, List<Row>> out = new HashMap<>();
        for (String t : ALL.keySet()) out.put(t, new ArrayList<>());
        out.get(BLOCKS).addAll(blockRows);
        for (StoryEvent se : c.events()) {
            Event e = se.event();
            out.get(STORY_EVENTS).add(RowFactory.create(se.id(), Spelled.of(e.type()), e.mode(), e.cameo(), e.date(), Spelled.of(e.dateMod()),
                    e.place(), Spelled.of(e.status()), e.topic(), e.confidence(), se.thread(), se.mentions().size(), e.start(),
                    e.end(), e.outcome(), e.trigger(), e.sentence(), e.origin()));
            participants(out.get(STORY_EVENT_PARTICIPANTS), se.id(), "actor", e.actors());
            participants(out.get(STORY_EVENT_PARTICIPANTS), se.id(), "recipient", e.recipients());
            if (e.reportedBy() != null) participants(out.get(STORY_EVENT_PARTICIPANTS), se.id(), "reported_by", List.of(e.reportedBy()));
            for (int i = 0; i < se.mentions().size(); i++) {
                Mention m = se.mentions().get(i);
                out.get(MENTIONS).add(RowFactory.create(se.id(), i, m.article(), m.headline(), m.sentence(),
                        m.start(), m.end(), m.eventId()));
            }
            for (int i = 0; i < se.links().size(); i++) {
                EventLink l = se.links().get(i);
                out.get(LINKS).add(RowFactory.create(se.id(), i, Spelled.of(l.rel()), l.event(), l.evidence()));
            }
        }
        for (StoryThread t : c.threads()) {
            String actors = String.join("; ", t.actors());
            for (int i = 0; i < t.articles().size(); i++) {
                out.get(THREADS).add(RowFactory.create(t.id(), t.title(), t.firstDate(), t.lastDate(), actors, i,
                        t.articles().get(i)));
            }
            for (int i = 0; i < t.actors().size(); i++) {
                out.get(THREAD_ACTORS).add(RowFactory.create(t.id(), i, t.actors().get(i)));
            }
        }
        for (ActorProfile a : c.actors()) {
            out.get(ACTORS).add(RowFactory.create(a.name(), Spelled.of(a.type()), a.country(), a.sector(), a.events()));
            for (int i = 0; i < a.aliases().size(); i++) {
                out.get(ACTOR_ALIASES).add(RowFactory.create(a.name(), a.aliases().get(i), i));
            }
            for (int i = 0; i < a.roles().size(); i++) {
                ActorProfile.Role r = a.roles().get(i);
                out.get(ACTOR_ROLES).add(RowFactory.create(a.name(), r.role(), r.firstSeen(), r.lastSeen(), i));
            }
        }
        c.revisionOf().forEach((a, of) -> out.get(REVISIONS).add(RowFactory.create(a, of)));
        c.inferredDates().forEach((a, d) -> out.get(INFERRED_DATES).add(RowFactory.create(a, d)));
        return new Outcome(out);
    }

    private static void participants(List<Row> out, String event, String role, List<Participant> ps) {
        for (int k = 0; k < ps.size(); k++) {
            Participant p = ps.get(k);
            out.add(RowFactory.create(event, role, k, p.name(), p.country(), p.sector()));
        }
    }

    private static StructType schema(Object... triples) {
        StructField[] fields = new StructField[triples.length / 3];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField((String) triples[3 * i], (DataType) triples[3 * i + 1],
                    (Boolean) triples[3 * i + 2]);
        }
        return DataTypes.createStructType(List.of(fields));
    }
}
