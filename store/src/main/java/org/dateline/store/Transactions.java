package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit {@code BEGIN IMMEDIATE ... COMMIT} on a connection left in JDBC auto-commit mode.
 *
 * <p>Why not {@code setAutoCommit(false)}: the driver then re-opens a transaction right after every commit, and in
 * IMMEDIATE mode that would hold the write lock between batches, locking out other processes. IMMEDIATE (rather
 * than DEFERRED) takes the write lock up front, so a transaction never fails half-way on a read-to-write upgrade.
 */
final class Transactions {
    private Transactions() {}

    interface Work<T> {
        T run() throws SQLException;
    }

    static <T> T inWriteTransaction(Connection c, Work<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("BEGIN IMMEDIATE");
        }
        boolean done = false;
        try {
            T result = work.run();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("COMMIT");
            }
            done = true;
            return result;
        } finally {
            if (!done) rollbackQuietly(c);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing else to undo
        }
    }
}
