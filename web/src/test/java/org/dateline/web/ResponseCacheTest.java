package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.core.model.Article;
import org.dateline.core.read.ContentHash;
import org.dateline.store.Store;

/** Cached API answers are reused while the store is unchanged and never outlive a commit. */
class ResponseCacheTest {
    @TempDir Path dir;

    private static Article article(String id, String headline, String body) {
        return new Article(id, "test:" + id, null, headline, null, null, null, null, "2024-05-02", false, List.of(),
                null, null, "en", body, ContentHash.of(headline, body));
    }

    @Test
    void anIngestShowsUpOnTheNextRequest() {
        Path db = dir.resolve("cache.db");
        try (Store store = Store.open(db); Store ingest = Store.open(db);
             WebServer server = WebServer.start(store, ServeOptions.local(0))) {
            Http http = new Http(server.uri());
            store.add(List.of(article("a", "Ferry resumes", "The island ferry resumed service on Thursday.")));
            String first = http.get("/api/search?q=ferry").body();
            assertThat(http.json("/api/search?q=ferry").get("items")).hasSize(1);
            assertThat(http.get("/api/search?q=ferry").body()).as("unchanged store: same answer").isEqualTo(first);

            // another connection (as a concurrent `dateline ingest` would) commits a second story
            ingest.add(List.of(article("b", "Ferry fares rise", "Ferry fares rose by a tenth on Friday.")));
            assertThat(http.json("/api/search?q=ferry").get("items")).as("after the commit").hasSize(2);
            assertThat(http.json("/api/search?q=ferry&limit=1").get("items")).hasSize(1);
        }
    }
}
