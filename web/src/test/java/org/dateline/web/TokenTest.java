package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.store.Store;

/** With a token every request needs it: as a Bearer header, or once in the URL, which sets an HttpOnly cookie. */
class TokenTest {
    @TempDir Path dir;

    @Test void requestsWithoutTheTokenAreTurnedAway() {
        try (Store store = Store.open(dir.resolve("t.db"));
             WebServer server = WebServer.start(store, new ServeOptions("127.0.0.1", 0, "correct-horse"))) {
            Http http = new Http(server.uri());
            assertThat(http.get("/api/stats").statusCode()).isEqualTo(401);
            assertThat(http.get("/index.html").statusCode()).isEqualTo(401);
            assertThat(http.get("/api/stats", "Authorization", "Bearer wrong-horse").statusCode()).isEqualTo(401);
            assertThat(http.get("/api/stats?token=wrong-horse").statusCode()).isEqualTo(401);
            assertThat(http.get("/api/stats", "Authorization", "Bearer correct-horse").statusCode()).isEqualTo(200);

            HttpResponse<String> first = http.get("/index.html?token=correct-horse");
            assertThat(first.statusCode()).isEqualTo(200);
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith(Guard.COOKIE + "=correct-horse").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");
            assertThat(http.get("/api/stats", "Cookie", cookie.split(";")[0]).statusCode()).isEqualTo(200);
            assertThat(http.get("/api/stats", "Cookie", Guard.COOKIE + "=nope").statusCode()).isEqualTo(401);
        }
    }
}
