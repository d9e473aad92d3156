package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * SQLite's {@code PRAGMA data_version} on a connection of its own: the number changes whenever any other connection,
 * in this process or another, commits to the file. Answers computed from the store (a page of events, a search) can
 * be reused while it stays the same, which is what lets a read-heavy server keep up while an ingest writes.
 */
final class DataVersion implements AutoCloseable {
    private final Path file;
    private final Duration busyTimeout;
    private Connection connection;

    DataVersion(Path file, Duration busyTimeout) {
        this.file = file;
        this.busyTimeout = busyTimeout;
    }

    synchronized long get() {
        try {
            if (connection == null) connection = SqliteFiles.openReader(file, busyTimeout);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // a read-only connection loses nothing when it fails to close
        } finally {
            connection = null;
        }
    }
}
