package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#add} over many batches of ~2 KB articles: every article is stored and the file verifies. How fast it
 * does so is measured, not asserted (a unit test's clock measures the machine's load): {@code dateline bench ingest},
 * or the full 20,000-article run here with {@code -Ddateline.bench=true}, which prints articles/s.
 */
class AddThroughputTest {
    private static final int BATCH = 500;
    private static final int BODY = 2000;

    @TempDir Path dir;

    @Test
    void storesEveryArticleOfEightBatchesAndTheFileVerifies() {
        measure(dir.resolve("quick.db"), 4_000);
    }

    @Test
    void twentyThousandArticles() {
        assumeTrue(Boolean.getBoolean("dateline.bench"), "set -Ddateline.bench=true to run the full measurement");
        measure(dir.resolve("bench.db"), 20_000);
    }

    /** Articles per second for Store.add alone: the articles are built before the clock starts. */
    private static double measure(Path db, int total) {
        List<List<Article>> batches = new ArrayList<>();
        for (int b = 0; b < total / BATCH; b++) batches.add(TestArticles.batch(b, BATCH, BODY));
        try (Store store = Store.open(db)) {
            long start = System.nanoTime();
            int added = 0;
            for (List<Article> batch : batches) added += store.add(batch).added();
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = added / seconds;
            System.out.printf("Store.add: %d articles (~%d chars each) in batches of %d: %.2f s, %.0f articles/s, "
                    + "file %.1f MB%n", added, BODY, BATCH, seconds, rate, store.stats().fileBytes() / 1e6);
            assertThat(added).isEqualTo(total);
            assertThat(store.verify().problems()).isEmpty();
            return rate;
        } finally {
            try {
                System.out.printf("after close: database file %.1f MB%n", java.nio.file.Files.size(db) / 1e6);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
