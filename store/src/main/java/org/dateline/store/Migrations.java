package org.dateline.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database file up to the schema this code knows, one numbered SQL file at a time.
 *
 * <p>The files live under {@value #FOLDER} and are listed, in order, in its {@code MIGRATIONS} file (a class path
 * cannot be listed portably from inside a jar). Each step runs in its own write transaction together with its
 * {@code schema_version} row, so a failed step leaves the file at the previous version, never half-way.
 */
final class Migrations {
    static final String FOLDER = "org/dateline/store/migrations/";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");

    private final List<Migration> steps;

    Migrations(List<Migration> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + steps.get(i).name() + " should be version " + (i + 1));
            }
        }
        this.steps = List.copyOf(steps);
    }

    /** The migrations shipped with this module. */
    static Migrations bundled() {
        ClassLoader loader = Migrations.class.getClassLoader();
        List<Migration> steps = new ArrayList<>();
        for (String name : readLines(loader, FOLDER + "MIGRATIONS")) {
            Matcher m = FILE_NAME.matcher(name);
            if (!m.matches()) throw new IllegalStateException("bad migration file name: " + name);
            String sql = String.join("\n", readLines(loader, FOLDER + name));
            steps.add(new Migration(Integer.parseInt(m.group(1)), name, sql));
        }
        return new Migrations(steps);
    }

    List<Migration> steps() {
        return steps;
    }

    int latestVersion() {
        return steps.size();
    }

    /** The schema version recorded in the file: 0 for a new (empty) database. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'")) {
                rs.next();
                if (rs.getInt(1) == 0) return 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Applies every step the file lacks. Refuses a file written by a newer Dateline (its schema may mean things
     * this code does not know) and a SQLite file that is not a Dateline store (it must not gain our tables).
     */
    void apply(Connection c, Path file) throws SQLException {
        int current = currentVersion(c);
        checkKnown(current, file);
        if (current == latestVersion()) return;
        if (current == 0) checkEmpty(c, file);
        for (Migration step : steps) {
            if (step.version() <= current) continue;
            Transactions.inWriteTransaction(c, () -> {
                int now = currentVersion(c);          // another process may have migrated meanwhile
                if (now >= step.version()) return null;
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                            + "name TEXT NOT NULL, applied_at TEXT NOT NULL "
                            + "DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT");
                    s.executeUpdate(step.sql());
                } catch (SQLException e) {
                    if (SqliteFiles.primaryCode(e) != 1) throw e;   // busy, full, ...: the caller explains those
                    throw new StoreException("schema migration " + step.name() + " failed on " + file
                            + " (the file is left at version " + now + "): " + e.getMessage(), e);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
                    p.setInt(1, step.version());
                    p.setString(2, step.name());
                    p.executeUpdate();
                }
                return null;
            });
        }
    }

    private void checkKnown(int version, Path file) {
        if (version > latestVersion()) {
            throw new StoreException(file + " has schema version " + version + ", newer than this Dateline knows ("
                    + latestVersion() + "); use a newer Dateline to open it");
        }
    }

    private static void checkEmpty(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' LIMIT 1")) {
            if (rs.next()) {
                throw new StoreException(file + " is a SQLite database but not a Dateline store (it has a table '"
                        + rs.getString(1) + "' and no schema_version); choose another file");
            }
        }
    }

    private static List<String> readLines(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            boolean list = resource.endsWith("MIGRATIONS");
            for (String line; (line = r.readLine()) != null; ) {
                if (list && (line.isBlank() || line.startsWith("#"))) continue;
                lines.add(list ? line.strip() : line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
