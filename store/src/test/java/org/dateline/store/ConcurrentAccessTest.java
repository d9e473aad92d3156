package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentAccessTest {
    private static final int BATCHES = 25;
    private static final int SIZE = 100;

    @TempDir Path dir;

    @Test
    @Timeout(120)
    void readersSeeOnlyWholeBatchesWhileAWriterWorks() throws Exception {
        Path db = dir.resolve("busy.db");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (Store writing = Store.open(db); Store otherHandle = Store.open(db)) {
            AtomicBoolean done = new AtomicBoolean();
            Future<?> writer = pool.submit(() -> {
                for (int b = 0; b < BATCHES; b++) writing.add(TestArticles.batch(b, SIZE, 800));
                done.set(true);
                return null;
            });
            // one reader through a second Store on the same file, one through the writing Store itself
            Future<List<Long>> viaOther = pool.submit(() -> watch(otherHandle, done));
            Future<List<Long>> viaSame = pool.submit(() -> watch(writing, done));

            writer.get(100, TimeUnit.SECONDS);
            for (List<Long> seen : List.of(viaOther.get(), viaSame.get())) {
                assertThat(seen).as("counts seen while writing").isSorted()
                        .allSatisfy(n -> assertThat(n % SIZE).as("a batch is seen whole or not at all").isZero());
                assertThat(seen).as("reads happened during the writing").anyMatch(n -> n > 0 && n < BATCHES * SIZE);
            }
            assertThat(otherHandle.count()).isEqualTo(BATCHES * SIZE);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counts and searches until the writer is done; each search must find an article of a batch already seen. */
    private static List<Long> watch(Store store, AtomicBoolean done) {
        List<Long> seen = new ArrayList<>();
        while (!done.get()) {
            long n = store.count();
            seen.add(n);
            if (n > 0) {
                int someone = (int) (n - 1);
                assertThat(store.search(TestArticles.uniqueWord(someone), 3, 0)).hasSize(1);
            }
        }
        return seen;
    }

    @Test
    void aLongReadDoesNotBlockAWriteAndKeepsItsSnapshot() throws SQLException {
        Path db = dir.resolve("snapshot.db");
        try (Store store = Store.open(db);
             Connection reader = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            store.add(TestArticles.batch(0, 10, 200));
            try (Statement s = reader.createStatement()) {
                s.execute("BEGIN");
                assertThat(count(s)).isEqualTo(10);

                long start = System.nanoTime();
                store.add(TestArticles.batch(1, 10, 200));     // would wait for the reader without WAL
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);

                assertThat(count(s)).as("the open read keeps its snapshot").isEqualTo(10);
                s.execute("COMMIT");
                assertThat(count(s)).isEqualTo(20);
            }
        }
    }

    private static long count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
