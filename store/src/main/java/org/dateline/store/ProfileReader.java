package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dateline.model.ActorProfile;
import org.dateline.model.Connected;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.dateline.model.StoryThread;

/** Actors, threads, quotes and the article-level results of Connect, read back for views. */
final class ProfileReader {
    private static final String ACTOR_COLUMNS = "SELECT seq, name, type, country, sector, events FROM actor_profiles ";
    private static final String THREAD_COLUMNS = "SELECT id, title, articles, first_date, last_date, actors FROM story_threads ";

    private static final int CHUNK = 500;

    private record ActorHead(long seq, String name, EntityType type, String country, String sector, int events) {}

    private ProfileReader() {}

    /** Busiest actors first (most story events), then by name. */
    static List<ActorProfile> actors(Connection c, int limit, int offset) throws SQLException {
        return complete(c, Rows.list(c, ACTOR_COLUMNS + "ORDER BY events DESC, name LIMIT ? OFFSET ?",
                ProfileReader::head, limit > 0 ? limit : -1, offset));
    }

    /** By canonical name (any case), else by an alias when exactly one actor has it. */
    static Optional<ActorProfile> actor(Connection c, String name) throws SQLException {
        List<ActorHead> found = Rows.list(c, ACTOR_COLUMNS + "WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC LIMIT 1",
                ProfileReader::head, name, name);
        if (found.isEmpty()) {
            found = Rows.list(c, ACTOR_COLUMNS + "WHERE seq IN (SELECT actor FROM actor_aliases WHERE alias = ? COLLATE NOCASE) "
                    + "LIMIT 2", ProfileReader::head, name);
            if (found.isEmpty()) found = bySpelling(c, name);
            if (found.size() != 1) return Optional.empty();
        }
        return complete(c, found).stream().findFirst();
    }

    /**
     * A stored name's spelling key, as SQL: lower case, a hyphen read as a blank, dots and apostrophes left out. The
     * blanks stay, as in core's name key (NameKeys): where a name's words break is part of the name.
     */
    private static final String SPELLING_SQL =
            "lower(replace(replace(replace(replace(%s, '-', ' '), '.', ''), '''', ''), '\u2019', ''))";

    /**
     * A name written another way than the record wrote it ("Kim Jong-un" for "Kim Jong Un", "U.N." for "UN"): the
     * actors whose name or alias has the same words in any case once hyphens are read as blanks and dots and
     * apostrophes are left out. A user types a name as some paper spelled it, and a record built from another paper
     * must still find the person. The words must break where the name's do: "Kimchaek", the city, is not "Kim Chaek",
     * the man, as core's name key keeps them apart. At most two are read, so that a spelling two actors share names
     * neither.
     */
    private static List<ActorHead> bySpelling(Connection c, String name) throws SQLException {
        String key = spellingKey(name);
        if (key.isEmpty()) return List.of();
        return Rows.list(c, ACTOR_COLUMNS + "WHERE " + SPELLING_SQL.formatted("name") + " = ? OR seq IN (SELECT actor FROM "
                + "actor_aliases WHERE " + SPELLING_SQL.formatted("alias") + " = ?) LIMIT 2", ProfileReader::head, key, key);
    }

    /** A typed name's spelling key ({@link #SPELLING_SQL}): its words lower case, one blank apart. */
    static String spellingKey(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019]", "");
        return n.replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Threads with the latest news first. */
    static List<StoryThread> threads(Connection c, int limit, int offset) throws SQLException {
        return Rows.list(c, THREAD_COLUMNS + "ORDER BY last_date DESC, id LIMIT ? OFFSET ?", ProfileReader::thread,
                limit > 0 ? limit : -1, offset);
    }

    static Optional<StoryThread> thread(Connection c, String id) throws SQLException {
        return Rows.list(c, THREAD_COLUMNS + "WHERE id = ?", ProfileReader::thread, id).stream().findFirst();
    }

    /** What a speaker (canonical name, any case) said, oldest article first. */
    static List<AttributedQuote> quotes(Connection c, String speaker, int limit, int offset) throws SQLException {
        return Rows.list(c, "SELECT a.doc_id, a.headline, a.publication_date, q.text, q.speaker, q.span_start, "
                        + "q.span_end, q.kind FROM quotes q JOIN articles a ON a.seq = q.article "
                        + "WHERE q.speaker = ? COLLATE NOCASE ORDER BY a.date_key = '', a.date_key, a.publication_date IS NULL, "
                        + "a.publication_date, a.seq, q.ord LIMIT ? OFFSET ?",
                rs -> new AttributedQuote(rs.getString(1), rs.getString(2), rs.getString(3),
                        new Quote(rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8))),
                speaker, limit > 0 ? limit : -1, offset);
    }

    /** The publication date Connect inferred for a yearless article, if it did. */
    static Optional<String> inferredDate(Connection c, String articleId) throws SQLException {
        return Rows.list(c, "SELECT date FROM inferred_dates WHERE article = ?", rs -> rs.getString(1), articleId)
                .stream().findFirst();
    }

    /** The story this article is a copy or re-filed revision of, if Connect found one. */
    static Optional<String> revisionOf(Connection c, String articleId) throws SQLException {
        return Rows.list(c, "SELECT revision_of FROM revisions WHERE article = ?", rs -> rs.getString(1), articleId)
                .stream().findFirst();
    }

    /**
     * The whole cross-article record from one snapshot (one read transaction): events in date order, threads newest
     * first, busiest actors first, then revisions and inferred dates by article.
     */
    static Connected connected(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN");
        }
        try {
            return new Connected(StoryEventReader.find(c, EventCriteria.all().withLimit(0)), threads(c, 0, 0),
                    actors(c, 0, 0), pairs(c, "SELECT article, revision_of FROM revisions ORDER BY article"),
                    pairs(c, "SELECT article, date FROM inferred_dates ORDER BY article"));
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        }
    }

    private static Map<String, String> pairs(Connection c, String sql) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] kv : Rows.list(c, sql, rs -> new String[] {rs.getString(1), rs.getString(2)})) out.put(kv[0], kv[1]);
        return out;
    }

    private static ActorHead head(java.sql.ResultSet rs) throws SQLException {
        return new ActorHead(rs.getLong(1), rs.getString(2), StoredSpellings.entityType(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6));
    }

    private static StoryThread thread(java.sql.ResultSet rs) throws SQLException {
        return new StoryThread(rs.getString(1), rs.getString(2), JsonColumns.strings(rs.getString(3)), rs.getString(4),
                rs.getString(5), JsonColumns.strings(rs.getString(6)));
    }

    private static List<ActorProfile> complete(Connection c, List<ActorHead> heads) throws SQLException {
        if (heads.size() > CHUNK) {
            List<ActorProfile> out = new ArrayList<>(heads.size());
            for (int i = 0; i < heads.size(); i += CHUNK) out.addAll(complete(c, heads.subList(i, Math.min(heads.size(), i + CHUNK))));
            return out;
        }
        if (heads.isEmpty()) return List.of();
        String in = " WHERE actor IN (" + Rows.marks(heads.size()) + ")";
        Object[] args = heads.stream().map(ActorHead::seq).toArray();
        Map<Long, List<String>> aliases = Rows.group(c, "SELECT actor, alias FROM actor_aliases" + in + " ORDER BY actor, ord",
                args, rs -> rs.getString(2));
        Map<Long, List<ActorProfile.Role>> roles = Rows.group(c, "SELECT actor, role, first_seen, last_seen FROM actor_roles"
                + in + " ORDER BY actor, ord", args, rs -> new ActorProfile.Role(rs.getString(2), rs.getString(3), rs.getString(4)));
        List<ActorProfile> out = new ArrayList<>(heads.size());
        for (ActorHead h : heads) {
            out.add(new ActorProfile(h.name(), h.type(), h.country(), h.sector(), aliases.getOrDefault(h.seq(), List.of()),
                    roles.getOrDefault(h.seq(), List.of()), h.events()));
        }
        return out;
    }
}
