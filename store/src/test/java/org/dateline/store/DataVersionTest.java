package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's data version: unchanged by reads, changed by every commit, whether this process or another made it. */
class DataVersionTest {
    @TempDir Path dir;

    @Test
    void commitsChangeTheVersionAndReadsDoNot() {
        Path file = dir.resolve("v.db");
        try (Store store = Store.open(file); Store otherWriter = Store.open(file)) {
            long v0 = store.dataVersion();
            store.count();
            store.search("talks", 5, 0, "[", "]");
            assertThat(store.dataVersion()).as("reads").isEqualTo(v0);

            store.add(List.of(TestArticles.article("a", "Talks open", "Envoys opened talks on Monday.")));
            long v1 = store.dataVersion();
            assertThat(v1).as("own commit").isNotEqualTo(v0);

            otherWriter.add(List.of(TestArticles.article("b", "Talks close", "Envoys closed talks on Friday.")));
            long v2 = store.dataVersion();
            assertThat(v2).as("another connection's commit").isNotEqualTo(v1);
            assertThat(store.dataVersion()).isEqualTo(v2);

            store.add(List.of(TestArticles.article("a", "Talks open", "Envoys opened talks on Monday.")));
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void theConnectionsGenerationChangesOnlyWhenTheConnectedRecordIsReplaced() {
        try (Store store = Store.open(dir.resolve("g.db"))) {
            long g0 = store.connectionsGeneration();
            store.add(List.of(TestArticles.article("a", "Talks open", "Envoys opened talks on Monday.")));
            assertThat(store.connectionsGeneration()).as("articles added").isEqualTo(g0);
            store.replaceConnections(org.dateline.model.Connected.empty());
            long g1 = store.connectionsGeneration();
            assertThat(g1).isNotEqualTo(g0);
            store.replaceConnections(org.dateline.model.Connected.empty());
            assertThat(store.connectionsGeneration()).isNotEqualTo(g1);
        }
    }
}
