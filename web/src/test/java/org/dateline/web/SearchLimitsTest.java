package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.Article;
import org.dateline.model.ContentHash;
import org.dateline.store.SearchBudget;
import org.dateline.store.Store;

/** A search too large is refused (400), one out of time is stopped (503), and one whose client hung up is cancelled. */
class SearchLimitsTest {
    @TempDir Path dir;

    private static List<Article> articles(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String headline = "Market report " + i;
            String body = "Officials said the market and the government meeting on trade went on, story " + i + ".";
            out.add(new Article("a" + i, "test:" + i, null, headline, null, null, null, null, "2024-05-02", false,
                    List.of(), null, null, "en", body, ContentHash.of(headline, body)));
        }
        return out;
    }

    @Test
    void aQueryWithTooManyTermsIsABadRequestThatSaysSo() {
        String manyPrefixes = IntStream.range(0, 60).mapToObj(i -> "w" + i + "*").collect(Collectors.joining(" OR "));
        try (Store store = Store.open(dir.resolve("s.db")); WebServer server = WebServer.start(store, ServeOptions.local(0))) {
            HttpResponse<String> r = new Http(server.uri()).get("/api/search?q=" + Http.enc(manyPrefixes));

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("too large", "60 terms");
        }
    }

    @Test
    void aSearchOutOfTimeIsAnsweredServiceUnavailableWithTheReason() {
        try (Store store = Store.open(dir.resolve("s.db"))) {
            store.add(articles(300));
            try (WebServer server = WebServer.start(store, ServeOptions.local(0), SearchBudget.within(Duration.ZERO))) {
                HttpResponse<String> r = new Http(server.uri()).get("/api/search?q=" + Http.enc("mar* OR gov* OR off*"));

                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.body()).contains("took longer than");
            }
        }
    }

    @Test
    void aClientThatHangsUpIsSeenToHaveGone() throws Exception {
        CountDownLatch lookedOnce = new CountDownLatch(1);
        CountDownLatch hungUp = new CountDownLatch(1);
        CompletableFuture<Boolean> seenGone = new CompletableFuture<>();
        Javalin app = Javalin.create().get("/wait", ctx -> {
            try (ClientPresence client = ClientPresence.of(ctx)) {
                boolean presentBefore = !client.getAsBoolean();
                lookedOnce.countDown();
                hungUp.await(10, TimeUnit.SECONDS);
                boolean gone = false;
                for (int look = 0; look < 100 && !gone; look++) {    // a look counts at most every 200 ms
                    Thread.sleep(50);
                    gone = client.getAsBoolean();
                }
                seenGone.complete(presentBefore && gone);
            }
        }).start("127.0.0.1", 0);
        try {
            try (Socket s = new Socket("127.0.0.1", app.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /wait HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(lookedOnce.await(30, TimeUnit.SECONDS)).isTrue();
            }
            hungUp.countDown();

            assertThat(seenGone.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            app.stop();
        }
    }
}
