package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.store.Store;

/** What every request meets first: the Host check on loopback, one cookie per visit, HEAD as GET, the CSP. */
class GuardTest {
    @TempDir Path dir;

    /** The status line and headers of a GET sent with exactly this Host header. */
    private static List<String> rawGet(int port, String host, String pathAndQuery) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf("\r\n\r\n")).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLoopbackServerAnswersOnlyToLoopbackNamesWithItsPort() {
        try (Store store = Store.open(dir.resolve("g.db")); WebServer server = WebServer.start(store, ServeOptions.local(0))) {
            int port = server.port();

            assertThat(rawGet(port, "127.0.0.1:" + port, "/api/stats").get(0)).contains(" 200 ");
            assertThat(rawGet(port, "localhost:" + port, "/api/stats").get(0)).contains(" 200 ");
            assertThat(rawGet(port, "[::1]:" + port, "/api/stats").get(0)).contains(" 200 ");
            assertThat(rawGet(port, "rebound.attacker.example:" + port, "/api/stats").get(0)).contains(" 421 ");
            assertThat(rawGet(port, "rebound.attacker.example:" + port, "/index.html").get(0)).contains(" 421 ");
            assertThat(rawGet(port, "localhost:" + (port + 1), "/api/stats").get(0)).contains(" 421 ");
            assertThat(rawGet(port, "localhost", "/api/stats").get(0)).contains(" 421 ");
        }
    }

    @Test
    void theTokenCookieIsSetOnceEvenForTheWelcomePage() {
        try (Store store = Store.open(dir.resolve("g.db"));
             WebServer server = WebServer.start(store, new ServeOptions("127.0.0.1", 0, "correct-horse"))) {
            List<String> headers = rawGet(server.port(), "127.0.0.1:" + server.port(), "/?token=correct-horse");

            assertThat(headers.get(0)).contains(" 200 ");
            assertThat(headers).filteredOn(h -> h.regionMatches(true, 0, "Set-Cookie:", 0, 11)).hasSize(1);
        }
    }

    @Test
    void headAnswersWhatGetWouldWithoutABody() {
        try (Store store = Store.open(dir.resolve("g.db")); WebServer server = WebServer.start(store, ServeOptions.local(0))) {
            Http http = new Http(server.uri());

            HttpResponse<String> missing = http.head("/api/events/no-such-event");
            assertThat(missing.statusCode()).isEqualTo(http.get("/api/events/no-such-event").statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEmpty();
            assertThat(http.head("/api/stats").statusCode()).isEqualTo(200);
            assertThat(http.head("/api/search").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void thePolicyAllowsTheGraphLibrarysOwnStylesheetsByHashAndNoOtherInlineStyle() {
        try (Store store = Store.open(dir.resolve("g.db")); WebServer server = WebServer.start(store, ServeOptions.local(0))) {
            String csp = new Http(server.uri()).get("/network.html").headers().firstValue("Content-Security-Policy").orElseThrow();
            String styleSrc = csp.substring(csp.indexOf("style-src"), csp.indexOf(';', csp.indexOf("style-src")));

            assertThat(styleSrc).startsWith("style-src 'self' 'sha256-").doesNotContain("unsafe", "nonce");
            assertThat(styleSrc.split(" ")).hasSizeGreaterThan(3);
            assertThat(csp).contains("script-src 'self';");
        }
    }
}
