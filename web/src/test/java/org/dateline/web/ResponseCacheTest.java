package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.Article;
import org.dateline.model.ContentHash;
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

    @Test
    void eventsFollowTheConnectedRecordNotEveryBatchOfArticles() {
        Path db = dir.resolve("events.db");
        try (Store store = Store.open(db); WebServer server = WebServer.start(store, ServeOptions.local(0))) {
            Http http = new Http(server.uri());
            assertThat(http.json("/api/events").get("total").asLong()).isZero();
            store.add(List.of(article("a", "Ferry resumes", "The island ferry resumed service on Thursday.")));
            assertThat(http.json("/api/events").get("total").asLong()).isZero();
            var ferry = new org.dateline.model.Event("e1", org.dateline.model.EventType.COOPERATE, null, "060",
                    List.of(new org.dateline.model.Participant("Island Ferries", "SWE", "BUS")), List.of(),
                    "2024-05-02", null, null, org.dateline.model.EventStatus.OCCURRED, null, 0, 10, 0.7, null, null, -1);
            Article a = article("a", "Ferry resumes", "The island ferry resumed service on Thursday.");
            store.replaceConnections(org.dateline.core.connect.Connector.connect(List.of(
                    new org.dateline.model.Annotated(a, List.of(), List.of(), List.of(), List.of(ferry)))));
            assertThat(http.json("/api/events").get("total").asLong()).as("after Connect replaced the record").isEqualTo(1);
        }
    }

    @Test
    void manyClientsAskingAtOnceGetOneAnswerAndABadQueryIsNotRemembered() throws Exception {
        Path db = dir.resolve("herd.db");
        try (Store store = Store.open(db); WebServer server = WebServer.start(store, ServeOptions.local(0))) {
            Http http = new Http(server.uri());
            store.add(List.of(article("a", "Ferry resumes", "The island ferry resumed service on Thursday.")));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            try {
                List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 64; i++) answers.add(pool.submit(() -> http.get("/api/events?limit=5").body()));
                java.util.Set<String> distinct = new java.util.HashSet<>();
                for (var f : answers) distinct.add(f.get());
                assertThat(distinct).hasSize(1);
            } finally {
                pool.shutdown();
            }
            // an unbalanced quote is an FTS5 syntax error, found while computing the answer
            assertThat(http.get("/api/search?q=%22").statusCode()).isEqualTo(400);
            assertThat(http.get("/api/search?q=%22").statusCode()).as("asked again").isEqualTo(400);
        }
    }
}
