package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM with SIGKILL in the middle of its run and checks that the file it leaves behind is sound:
 * only whole batches, every article complete and indexed, and that re-running the same input stores each once.
 */
class CrashSafetyTest {
    private static final int BATCHES = 120;
    private static final int SIZE = 50;
    private static final int BODY = 1200;

    @TempDir Path dir;

    @Test
    @Timeout(180)
    void aKilledWriterLeavesOnlyWholeBatchesAndARerunCompletesExactlyOnce() throws Exception {
        Path db = dir.resolve("crash.db");
        int killAfter = 3 + ThreadLocalRandom.current().nextInt(4);
        Process child = startWriter(db);
        int lastSeen = waitForCommit(child, killAfter);
        Thread.sleep(ThreadLocalRandom.current().nextInt(40));      // land somewhere inside a later batch
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastSeen).as("killed before the end").isLessThan(BATCHES - 1);

        long survived;
        try (Store store = Store.open(db)) {
            Health health = store.verify();
            assertThat(health.problems()).isEmpty();
            assertThat(health.indexedRows()).isEqualTo(health.articles());
            survived = store.count();
            System.out.printf("crash test: killed after batch %d was reported; %d articles (%d batches) survived%n",
                    lastSeen, survived, survived / SIZE);
            assertThat(survived).as("batches committed before the kill").isGreaterThanOrEqualTo((lastSeen + 1L) * SIZE);
            assertThat(survived % SIZE).as("a batch is stored whole or not at all").isZero();
            List<Article> stored = store.newest(Integer.MAX_VALUE);
            for (Article a : stored) {
                int n = Integer.parseInt(a.id().substring("doc-".length()));
                assertThat(a).as("article %d complete", n).isEqualTo(TestArticles.synthetic(n, BODY));
            }
            for (int n : List.of(0, (int) survived / 2, (int) survived - 1)) {
                assertThat(store.search(TestArticles.uniqueWord(n), 5, 0)).extracting(SearchHit::id)
                        .as("article %d found through the index", n)
                        .containsExactly(TestArticles.synthetic(n, BODY).contentHash());
            }

            int[] rerun = CrashWriter.write(store, BATCHES, SIZE, BODY, null);

            assertThat(rerun[0]).as("added on rerun").isEqualTo(BATCHES * SIZE - survived);
            assertThat(rerun[1]).as("duplicates on rerun").isEqualTo(survived);
            List<Article> all = store.newest(Integer.MAX_VALUE);
            Set<String> ids = new HashSet<>();
            all.forEach(a -> ids.add(a.id()));
            assertThat(all).hasSize(BATCHES * SIZE);
            assertThat(ids).as("every article exactly once").hasSize(BATCHES * SIZE);
            assertThat(store.verify().problems()).isEmpty();
        }
    }

    private static Process startWriter(Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), db.toString(), String.valueOf(BATCHES), String.valueOf(SIZE),
                String.valueOf(BODY))
                .redirectErrorStream(true)
                .start();
    }

    /** Reads the child's progress until batch {@code target} is committed; returns the last batch it reported. */
    private static int waitForCommit(Process child, int target) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder other = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("committed ")) {
                int b = Integer.parseInt(line.substring("committed ".length()));
                if (b >= target) return b;
            } else {
                other.append(line).append('\n');
            }
        }
        throw new AssertionError("the writer ended before batch " + target + ":\n" + other);
    }
}
