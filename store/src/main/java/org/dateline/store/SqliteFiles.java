package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Opens connections to the store file with the pragmas every connection needs, and turns SQLite's error codes
 * into messages that name the file and say what to do.
 */
final class SqliteFiles {
    private SqliteFiles() {}

    /** The one connection that writes: WAL so readers never wait for it, NORMAL sync (durable at checkpoints). */
    static Connection openWriter(Path file, Duration busyTimeout) {
        SQLiteConfig config = baseConfig(busyTimeout);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        return connect(file, config);
    }

    /** A connection that only reads; under WAL it sees the last committed state while a write is under way. */
    static Connection openReader(Path file, Duration busyTimeout) {
        Connection c = connect(file, baseConfig(busyTimeout));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = true");    // a read path can never write by mistake
            return c;
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw explain(file, e);
        }
    }

    private static SQLiteConfig baseConfig(Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }

    private static Connection connect(Path file, SQLiteConfig config) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a directory, not a database file");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw explain(file, e);
        }
    }

    /** Primary SQLite result code of an exception (extended codes carry it in the low byte). */
    static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    /** A {@link StoreException} saying, in terms of the file, what went wrong. */
    static StoreException explain(Path file, SQLException e) {
        int code = primaryCode(e);
        String message;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            message = file + " is not a SQLite database (is it the right file?)";
        } else if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            message = file + " is locked by another process; close the other program using it and try again";
        } else if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            message = file + " is damaged (SQLite reports corruption): " + e.getMessage();
        } else if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            message = "cannot open " + file + " (missing folder or no permission)";
        } else if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_PERM.code) {
            message = file + " is read-only; the store needs to write to it";
        } else if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            message = "the disk holding " + file + " is full";
        } else {
            message = "database error on " + file + ": " + e.getMessage();
        }
        return new StoreException(message, e);
    }
}
