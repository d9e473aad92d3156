package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;

/**
 * Story events by filter, in date order (events without a known day last), with their participants, mentions and
 * links loaded for the whole page in three queries.
 */
final class StoryEventReader {
    private static final String COLUMNS = "e.seq, e.id, e.type, e.mode, e.cameo, e.date, e.date_mod, e.place, e.status, "
            + "e.topic, e.span_start, e.span_end, e.confidence, e.thread, e.outcome, e.trigger, e.sentence, e.reported_by, e.origin";
    /** Events completed per round of child queries: well under SQLite's limit on bound values. */
    private static final int CHUNK = 500;
    static final String ORDER = " ORDER BY coalesce(e.first_day, '9999'), e.id";

    private StoryEventReader() {}

    static List<StoryEvent> find(Connection c, EventCriteria f) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM story_events e" + where(f, args) + ORDER;
        if (f.limit() > 0 || f.offset() > 0) {
            sql += " LIMIT ? OFFSET ?";
            args.add(f.limit() > 0 ? f.limit() : -1);
            args.add(f.offset());
        }
        return load(c, sql, args.toArray());
    }

    static long count(Connection c, EventCriteria f) throws SQLException {
        List<Object> args = new ArrayList<>();
        return Rows.list(c, "SELECT count(*) FROM story_events e" + where(f, args), rs -> rs.getLong(1), args.toArray())
                .get(0);
    }

    static List<StoryEvent> byIds(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        return load(c, "SELECT " + COLUMNS + " FROM story_events e WHERE e.id IN (" + Rows.marks(ids.size()) + ")" + ORDER,
                Rows.args(ids));
    }

    static List<StoryLink> links(Connection c, int limit, int offset) throws SQLException {
        return Rows.list(c, "SELECT e.id, l.rel, l.other, l.evidence FROM story_links l JOIN story_events e "
                        + "ON e.seq = l.event" + ORDER + ", l.ord LIMIT ? OFFSET ?",
                rs -> new StoryLink(rs.getString(1), LinkRelation.parse(rs.getString(2)), rs.getString(3), rs.getString(4)),
                limit > 0 ? limit : -1, offset);
    }

    private static String where(EventCriteria f, List<Object> args) {
        List<String> terms = new ArrayList<>();
        String byName = "e.seq IN (SELECT event FROM story_event_participants WHERE name = ? COLLATE NOCASE)";
        if (f.actor() != null) {
            terms.add(byName);
            args.add(f.actor());
        }
        if (f.with() != null) {
            terms.add(byName);
            args.add(f.with());
        }
        if (f.type() != null) {
            terms.add("e.type = ?");
            args.add(f.type().spelling());
        }
        if (f.status() != null) {
            terms.add("e.status = ?");
            args.add(f.status().spelling());
        }
        if (f.from() != null) {
            terms.add("e.last_day >= ?");
            args.add(days(f.from(), "from").first());
        }
        if (f.to() != null) {
            terms.add("e.first_day <= ?");
            args.add(days(f.to(), "to").last());
        }
        if (f.place() != null) {
            terms.add("e.place = ? COLLATE NOCASE");
            args.add(f.place());
        }
        if (f.thread() != null) {
            terms.add("e.thread = ?");
            args.add(f.thread());
        }
        if (f.article() != null) {
            terms.add("e.seq IN (SELECT event FROM story_mentions WHERE article = ?)");
            args.add(f.article());
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static TimeMlDays.Range days(String value, String what) {
        return TimeMlDays.of(value).orElseThrow(() -> new IllegalArgumentException(
                "'" + value + "' is not a date with a year for " + what + " (expected e.g. 2024-03-08, 2024-03, 2024-W11, 2024)"));
    }

    private record Head(long seq, String id, Event event, String thread) {}

    private static List<StoryEvent> load(Connection c, String sql, Object[] args) throws SQLException {
        List<Head> heads = Rows.list(c, sql, rs -> new Head(rs.getLong(1), rs.getString(2),
                new Event(rs.getString(2), StoredSpellings.eventType(rs.getString(3)), rs.getString(4), rs.getString(5), List.of(), List.of(),
                        rs.getString(6), DateModifier.parse(rs.getString(7)), rs.getString(8), EventStatus.parse(rs.getString(9)), rs.getString(10),
                        rs.getInt(11), rs.getInt(12), rs.getDouble(13), rs.getString(15), rs.getString(16), rs.getInt(17),
                        JsonColumns.participants(rs.getString(18)).stream().findFirst().orElse(null), rs.getString(19)),
                rs.getString(14)), args);
        List<StoryEvent> out = new ArrayList<>(heads.size());
        for (int i = 0; i < heads.size(); i += CHUNK) out.addAll(complete(c, heads.subList(i, Math.min(heads.size(), i + CHUNK))));
        return out;
    }

    /** The heads with their participants, mentions and links. */
    private static List<StoryEvent> complete(Connection c, List<Head> heads) throws SQLException {
        List<Long> seqs = heads.stream().map(Head::seq).toList();
        String in = " WHERE event IN (" + Rows.marks(seqs.size()) + ")";
        Object[] seqArgs = Rows.args(seqs);
        Map<Long, List<Participant>> actors = new HashMap<>();
        Map<Long, List<Participant>> recipients = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT event, side, name, country, sector FROM "
                + "story_event_participants" + in + " ORDER BY event, side, ord")) {
            Rows.bind(p, seqArgs);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Map<Long, List<Participant>> side = "actor".equals(rs.getString(2)) ? actors : recipients;
                    side.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Participant(rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        Map<Long, List<Mention>> mentions = Rows.group(c, "SELECT event, article, headline, sentence, span_start, span_end, "
                + "event_id FROM story_mentions" + in + " ORDER BY event, ord", seqArgs,
                rs -> new Mention(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7)));
        Map<Long, List<EventLink>> links = Rows.group(c, "SELECT event, rel, other, evidence FROM story_links" + in
                + " ORDER BY event, ord", seqArgs, rs -> new EventLink(LinkRelation.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4)));
        List<StoryEvent> out = new ArrayList<>(heads.size());
        for (Head h : heads) {
            Event full = h.event().toBuilder().actors(actors.getOrDefault(h.seq(), List.of()))
                    .recipients(recipients.getOrDefault(h.seq(), List.of())).build();
            out.add(new StoryEvent(h.id(), full, mentions.getOrDefault(h.seq(), List.of()),
                    links.getOrDefault(h.seq(), List.of()), h.thread()));
        }
        return out;
    }
}
