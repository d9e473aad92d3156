package org.dateline.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.source.SourceTesting.docs;
import static org.dateline.core.source.SourceTesting.readAll;
import static org.dateline.core.source.SourceTesting.text;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** UrlSource and FeedPoller against a local server on 127.0.0.1 (no outside network). */
class HttpSourcesTest {
    private HttpServer server;
    private String base;
    private volatile String feedBody;
    private volatile String feedEtag;
    private volatile String feedLastModified;
    private final List<String> conditionalHeaders = new CopyOnWriteArrayList<>();

    private static String rss(String... guids) {
        StringBuilder items = new StringBuilder();
        for (String g : guids) {
            items.append("<item><title>Story ").append(g).append("</title><link>https://wire.example/").append(g)
                    .append("</link><guid>").append(g).append("</guid><pubDate>Wed, 04 Sep 2019 10:00:00 +0000</pubDate>")
                    .append("<description>Body of ").append(g).append(".</description></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>https://wire.example/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/page", ex -> send(ex, 200, "text/html; charset=ISO-8859-1",
                "<html><body><p>Se\u00f1or Ruiz spoke.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1)));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>nope</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/broken", ex -> send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", base + "/page");
            send(ex, 302, "text/plain", new byte[0]);
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/feed", this::serveFeed);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serveFeed(HttpExchange ex) throws IOException {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        conditionalHeaders.add(inm + "|" + ims);
        boolean unchanged = (feedEtag != null && feedEtag.equals(inm))
                || (feedEtag == null && feedLastModified != null && feedLastModified.equals(ims));
        if (feedEtag != null) ex.getResponseHeaders().add("ETag", feedEtag);
        if (feedLastModified != null) ex.getResponseHeaders().add("Last-Modified", feedLastModified);
        if (unchanged) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        send(ex, 200, "application/rss+xml; charset=utf-8", feedBody.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static HttpFetcher fetcher() {
        return new HttpFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void pageBecomesOneHtmlDocumentWithTheDeclaredCharset() {
        List<SourceItem> items = readAll(new UrlSource(URI.create(base + "/page"), fetcher()));
        assertThat(items).singleElement().isInstanceOfSatisfying(RawDocument.class, d -> {
            assertThat(d.source()).isEqualTo(base + "/page");
            assertThat(d.url()).isEqualTo(base + "/page");
            assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(d.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
            assertThat(text(d)).contains("Se\u00f1or Ruiz spoke.");
        });
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlKept() {
        List<RawDocument> docs = docs(readAll(new UrlSource(URI.create(base + "/moved"), fetcher())));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(base + "/moved");
            assertThat(d.url()).isEqualTo(base + "/page");
        });
    }

    @Test
    void feedUrlGivesItsItems() {
        feedBody = rss("g1", "g2");
        List<RawDocument> docs = docs(readAll(new UrlSource(URI.create(base + "/feed"), fetcher())));
        assertThat(docs).extracting(RawDocument::id).containsExactly("g1", "g2");
        assertThat(docs).extracting(RawDocument::source).containsExactly(base + "/feed#item-1", base + "/feed#item-2");
    }

    @Test
    void httpErrorsAreOneErrorWithTheStatus() {
        assertThat(readAll(new UrlSource(URI.create(base + "/missing"), fetcher())))
                .containsExactly(new SourceError(base + "/missing", "HTTP 404"));
        assertThat(readAll(new UrlSource(URI.create(base + "/broken"), fetcher())))
                .containsExactly(new SourceError(base + "/broken", "HTTP 500"));
    }

    @Test
    void closedPortIsConnectionRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/x";
        assertThat(readAll(new UrlSource(URI.create(url), fetcher())))
                .containsExactly(new SourceError(url, "connection refused"));
    }

    @Test
    void silentServerTimesOut() {
        HttpFetcher impatient = new HttpFetcher(Duration.ofSeconds(2), Duration.ofMillis(300));
        assertThat(readAll(new UrlSource(URI.create(base + "/slow"), impatient)))
                .containsExactly(new SourceError(base + "/slow", "timed out after 300 ms"));
    }

    @Test
    void urlSpecsGoThroughSources() {
        List<SourceItem> items = readAll(Sources.open(List.of(base + "/missing", "http://", "https:// bad url"),
                java.io.InputStream.nullInputStream()));
        assertThat(items).hasSize(3).allSatisfy(i -> assertThat(i).isInstanceOf(SourceError.class));
        assertThat(items.get(0)).isEqualTo(new SourceError(base + "/missing", "HTTP 404"));
    }

    @Test
    void pollerUsesEtagsAndReturnsOnlyNewItems() {
        feedBody = rss("g1", "g2");
        feedEtag = "\"v1\"";
        FeedPoller poller = new FeedPoller(URI.create(base + "/feed"), FeedPoller.State.EMPTY, fetcher());

        assertThat(poller.poll()).extracting(SourceItem::source)
                .containsExactly(base + "/feed#item-1", base + "/feed#item-2");
        assertThat(poller.poll()).as("304: nothing new").isEmpty();
        assertThat(conditionalHeaders).containsExactly("null|null", "\"v1\"|null");

        feedBody = rss("g3", "g1", "g2");
        feedEtag = "\"v2\"";
        List<SourceItem> fresh = poller.poll();
        assertThat(docs(fresh)).extracting(RawDocument::id).containsExactly("g3");
        assertThat(poller.state().etag()).isEqualTo("\"v2\"");
        assertThat(poller.state().seen()).containsExactly("g1", "g2", "g3");

        FeedPoller restored = new FeedPoller(URI.create(base + "/feed"), poller.state(), fetcher());
        assertThat(restored.poll()).isEmpty();
        feedBody = rss("g4", "g3");
        feedEtag = "\"v3\"";
        assertThat(docs(restored.poll())).extracting(RawDocument::id).containsExactly("g4");
    }

    @Test
    void pollerFallsBackToLastModified() {
        feedBody = rss("a");
        feedLastModified = "Wed, 04 Sep 2019 10:00:00 GMT";
        FeedPoller poller = new FeedPoller(URI.create(base + "/feed"), FeedPoller.State.EMPTY, fetcher());
        assertThat(poller.poll()).hasSize(1);
        assertThat(poller.poll()).isEmpty();
        assertThat(conditionalHeaders.get(1)).isEqualTo("null|" + feedLastModified);
    }

    @Test
    void pollerReportsFailuresAsOneError() {
        FeedPoller poller = new FeedPoller(URI.create(base + "/broken"), FeedPoller.State.EMPTY, fetcher());
        assertThat(poller.poll()).containsExactly(new SourceError(base + "/broken", "HTTP 500"));

        feedBody = "<rss><channel><item></rss>";
        FeedPoller malformed = new FeedPoller(URI.create(base + "/feed"), FeedPoller.State.EMPTY, fetcher());
        assertThat(malformed.poll()).singleElement().isInstanceOfSatisfying(SourceError.class,
                e -> assertThat(e.reason()).startsWith("malformed feed XML"));
    }
}
