package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * Replaces the whole cross-article record. Connect recomputes it from every annotated article, so replacing
 * (rather than merging) is what keeps the record equal to what Connect would say now; doing it in the caller's one
 * transaction means readers see either the old record or the new one, never a mix.
 */
final class ConnectionsWriter {
    /** Children before parents: foreign keys hold at every step. */
    private static final List<String> TABLES = List.of("story_links", "story_mentions", "story_event_participants",
            "story_events", "story_threads", "actor_roles", "actor_aliases", "actor_profiles", "revisions",
            "inferred_dates");

    private ConnectionsWriter() {}

    /** Must run inside a write transaction; the caller commits. */
    static void replace(Connection c, Connected connected) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) s.executeUpdate("DELETE FROM " + table);
        }
        writeEvents(c, connected.events());
        writeThreads(c, connected.threads());
        writeActors(c, connected.actors());
        writeMap(c, "INSERT INTO revisions (article, revision_of) VALUES (?, ?)", connected.revisionOf());
        writeMap(c, "INSERT INTO inferred_dates (article, date) VALUES (?, ?)", connected.inferredDates());
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE connections_generation SET n = n + 1");
        }
    }

    private static void writeEvents(Connection c, List<StoryEvent> events) throws SQLException {
        try (PreparedStatement ev = c.prepareStatement("INSERT INTO story_events (id, type, mode, cameo, date, date_mod, "
                + "first_day, last_day, place, status, topic, span_start, span_end, confidence, thread, num_mentions, "
                + "num_articles, outcome, trigger, sentence, reported_by, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING seq");
             PreparedStatement part = c.prepareStatement("INSERT INTO story_event_participants (event, side, ord, name, "
                     + "country, sector) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement mention = c.prepareStatement("INSERT INTO story_mentions (event, ord, article, headline, "
                     + "sentence, span_start, span_end, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement("INSERT INTO story_links (event, ord, rel, other, evidence) "
                     + "VALUES (?, ?, ?, ?, ?)")) {
            for (StoryEvent se : events) {
                Event e = se.event();
                Optional<TimeMlDays.Range> days = TimeMlDays.of(e.date(), Spelled.of(e.dateMod()));
                Set<String> articles = new HashSet<>();
                se.mentions().forEach(m -> articles.add(m.article()));
                Rows.bind(ev, se.id(), Spelled.of(e.type()), e.mode(), e.cameo(), e.date(), Spelled.of(e.dateMod()),
                        days.map(TimeMlDays.Range::first).orElse(null), days.map(TimeMlDays.Range::last).orElse(null),
                        e.place(), Spelled.of(e.status()), e.topic(), e.start(), e.end(), e.confidence(), se.thread(),
                        se.mentions().size(), articles.size(), e.outcome(), e.trigger(), e.sentence(),
                        e.reportedBy() == null ? null : JsonColumns.write(List.of(e.reportedBy())), e.origin());
                long seq;
                try (ResultSet rs = ev.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
                int ord = 0;
                for (Participant p : e.actors()) addRow(part, seq, "actor", ord++, p.name(), p.country(), p.sector());
                ord = 0;
                for (Participant p : e.recipients()) addRow(part, seq, "recipient", ord++, p.name(), p.country(), p.sector());
                ord = 0;
                for (Mention m : se.mentions()) {
                    addRow(mention, seq, ord++, m.article(), m.headline(), m.sentence(), m.start(), m.end(), m.eventId());
                }
                ord = 0;
                for (EventLink l : se.links()) addRow(link, seq, ord++, Spelled.of(l.rel()), l.event(), l.evidence());
            }
            part.executeBatch();
            mention.executeBatch();
            link.executeBatch();
        }
    }

    private static void writeThreads(Connection c, List<StoryThread> threads) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO story_threads (id, title, first_date, last_date, "
                + "articles, actors) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (StoryThread t : threads) {
                addRow(p, t.id(), t.title(), t.firstDate(), t.lastDate(), JsonColumns.write(t.articles()),
                        JsonColumns.write(t.actors()));
            }
            p.executeBatch();
        }
    }

    private static void writeActors(Connection c, List<ActorProfile> actors) throws SQLException {
        try (PreparedStatement a = c.prepareStatement("INSERT INTO actor_profiles (name, type, country, sector, events) "
                + "VALUES (?, ?, ?, ?, ?) RETURNING seq");
             PreparedStatement alias = c.prepareStatement("INSERT INTO actor_aliases (actor, ord, alias) VALUES (?, ?, ?)");
             PreparedStatement role = c.prepareStatement("INSERT INTO actor_roles (actor, ord, role, first_seen, last_seen) "
                     + "VALUES (?, ?, ?, ?, ?)")) {
            for (ActorProfile p : actors) {
                Rows.bind(a, p.name(), Spelled.of(p.type()), p.country(), p.sector(), p.events());
                long seq;
                try (ResultSet rs = a.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
                int ord = 0;
                for (String s : p.aliases()) addRow(alias, seq, ord++, s);
                ord = 0;
                for (ActorProfile.Role r : p.roles()) addRow(role, seq, ord++, r.role(), r.firstSeen(), r.lastSeen());
            }
            alias.executeBatch();
            role.executeBatch();
        }
    }

    private static void writeMap(Connection c, String sql, Map<String, String> map) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (Map.Entry<String, String> e : map.entrySet()) addRow(p, e.getKey(), e.getValue());
            p.executeBatch();
        }
    }

    private static void addRow(PreparedStatement p, Object... args) throws SQLException {
        Rows.bind(p, args);
        p.addBatch();
    }
}
