package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * A few read-only connections, opened on demand, so that several threads (web requests) can read at once while
 * the writer works: a single JDBC connection must not be used by two threads at a time.
 */
final class ReaderPool implements AutoCloseable {
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Duration busyTimeout;
    private final Semaphore permits;
    private final BlockingQueue<Connection> idle;
    private volatile boolean closed;

    ReaderPool(Path file, Duration busyTimeout, int size) {
        this.file = file;
        this.busyTimeout = busyTimeout;
        this.permits = new Semaphore(size, true);
        this.idle = new ArrayBlockingQueue<>(size);
    }

    <T> T read(Read<T> work) {
        if (closed) throw new StoreException("the store " + file + " is closed");
        permits.acquireUninterruptibly();
        Connection c = null;
        try {
            c = idle.poll();
            if (c == null) c = SqliteFiles.openReader(file, busyTimeout);
            return work.run(c);
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        } finally {
            if (c != null && !idle.offer(c)) closeQuietly(c);
            if (closed) drain();          // the store was closed while this read ran
            permits.release();
        }
    }

    /** True once {@link #close()} was called: reads under way should stop. */
    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (Connection c; (c = idle.poll()) != null; ) closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a read-only connection loses nothing
        }
    }
}
