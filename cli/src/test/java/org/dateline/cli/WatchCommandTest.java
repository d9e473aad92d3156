package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.Annotated;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.store.Store;
import picocli.CommandLine;

/** {@code dateline watch} against a feed served on 127.0.0.1: new items are stored annotated, like {@code ingest}. */
class WatchCommandTest {
    private static final String STORY = "Swedish Foreign Minister Anna Berg met Jordanian Foreign Minister Omar Haddad "
            + "in Amman on Monday to discuss water rights along the Jordan River. Berg will visit Cairo on Friday.";
    @TempDir Path dir;
    private HttpServer server;
    private String feedUrl;

    @BeforeEach void serveFeed() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", ex -> {
            byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title>"
                    + "<link>http://127.0.0.1/</link><description>t</description><item><title>Envoys meet in Amman</title>"
                    + "<guid>berg-haddad-1</guid><pubDate>Tue, 07 Mar 2023 09:00:00 GMT</pubDate><description>" + STORY
                    + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        feedUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
    }

    @AfterEach void stop() { server.stop(0); }

    @Test
    void newItemsAreAnnotatedAndConnected() {
        Path db = dir.resolve("watch.db");
        int code = new CommandLine(new WatchCommand()).execute("--db", db.toString(), "--times", "1", feedUrl);
        assertThat(code).isZero();
        try (Store store = Store.openExisting(db)) {
            List<Annotated> stored = new ArrayList<>();
            store.annotated(stored::add);
            assertThat(stored).singleElement().satisfies(a -> {
                assertThat(a.entities()).extracting(e -> e.canonical()).contains("Anna Berg", "Omar Haddad");
                assertThat(a.events()).anyMatch(e -> e.type() == EventType.CONSULT && e.status() == EventStatus.OCCURRED);
            });
            assertThat(store.storyEventCount(org.dateline.store.EventCriteria.all())).as("connected").isPositive();
        }
    }

    @Test
    void noNlpStoresTheArticleOnly() {
        Path db = dir.resolve("plain.db");
        assertThat(new CommandLine(new WatchCommand()).execute("--db", db.toString(), "--times", "1", "--no-nlp", feedUrl))
                .isZero();
        try (Store store = Store.openExisting(db)) {
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.storyEventCount(org.dateline.store.EventCriteria.all())).isZero();
        }
    }
}
