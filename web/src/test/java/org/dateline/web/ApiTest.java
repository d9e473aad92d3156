package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.dateline.store.Store;

/** The JSON API over the examples, through a real server on a free port. */
class ApiTest {
    static Store store;
    static WebServer server;
    static Http http;

    @BeforeAll static void start() {
        store = Store.open(ExampleStore.file());
        server = WebServer.start(store, ServeOptions.local(0));
        http = new Http(server.uri());
    }

    @AfterAll static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test void searchFindsTheStoriesWithMatchedTermsMarkedAndPages() {
        JsonNode page = http.json("/api/search?q=trilateral&limit=2");
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("more").asBoolean()).isTrue();
        JsonNode parts = page.get("items").get(0).get("snippet");
        List<String> matched = new ArrayList<>();
        parts.forEach(p -> { if (p.get("match").asBoolean()) matched.add(p.get("text").asText().toLowerCase()); });
        assertThat(matched).isNotEmpty().allMatch(t -> t.startsWith("trilateral"));
        parts.forEach(p -> assertThat(p.get("text").asText()).doesNotContain("\uE000", "\uE001"));
        JsonNode next = http.json("/api/search?q=trilateral&limit=2&offset=2");
        assertThat(next.get("items").get(0).get("id").asText())
                .isNotIn(page.get("items").get(0).get("id").asText(), page.get("items").get(1).get("id").asText());
        assertThat(http.get("/api/search?q=").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/search?q=%22%22").statusCode()).isIn(200, 400);
    }

    @Test void eventsAreFilteredAndPagedWithTotals() {
        JsonNode all = http.json("/api/events?limit=500");
        long total = all.get("total").asLong();
        assertThat(total).isEqualTo(all.get("items").size()).isGreaterThan(10);
        JsonNode meetings = http.json("/api/events?actor=" + Http.enc("Park Min-jae") + "&with=" + Http.enc("Laura Whitfield")
                + "&status=occurred&limit=500");
        assertThat(meetings.get("items")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("status").asText()).isEqualTo("occurred");
            assertThat(names(e)).contains("Park Min-jae", "Laura Whitfield");
        });
        JsonNode firstPage = http.json("/api/events?limit=3");
        JsonNode second = http.json("/api/events?limit=3&offset=3");
        assertThat(firstPage.get("total").asLong()).isEqualTo(total);
        assertThat(second.get("items").get(0).get("id")).isEqualTo(all.get("items").get(3).get("id"));
        assertThat(firstPage.get("more").asBoolean()).isTrue();
        JsonNode march12 = http.json("/api/events?from=2024-03-12&to=2024-03-12&limit=500");
        assertThat(march12.get("items")).isNotEmpty().allSatisfy(e -> assertThat(e.get("date").asText()).startsWith("2024-03"));
        assertThat(http.json("/api/events?thread=" + ExampleStore.THREAD + "&limit=1").get("total").asLong()).isEqualTo(total - 1);
        assertThat(http.get("/api/events?status=happened").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/events?from=soon").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/events?limit=100000").statusCode()).isEqualTo(400);
    }

    @Test void aTypeIsOneOfThePloverTypesInAnyCaseAndAnotherWordIsTheClientsError() {
        assertThat(http.json("/api/events?type=consult&limit=500").get("items")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("CONSULT"));
        assertThat(http.get("/api/events?type=DEMAND").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/network?types=CONSULT,DANCE").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/network?types=consult,agree").statusCode()).isEqualTo(200);
    }

    @Test void anEventCarriesEachMentionsSentenceWithTheSpansOfItsActorsDateAndPlace() {
        JsonNode meetings = http.json("/api/events?actor=Laura%20Whitfield&with=Park%20Min-jae&limit=500").get("items");
        Set<String> kinds = new TreeSet<>();
        for (JsonNode meeting : meetings) {
            JsonNode detail = http.json("/api/events/" + Http.enc(meeting.get("id").asText()));
            assertThat(detail.get("mentions").size()).isEqualTo(meeting.get("mentions").asInt()).isGreaterThan(0);
            List<String> participants = names(detail.get("event"));
            for (JsonNode m : detail.get("mentions")) {
                String sentence = m.get("sentence").asText();
                JsonNode article = http.json("/api/articles/" + Http.enc(m.get("article").asText())).get("article");
                assertThat(article.get("body").asText().substring(m.get("sentence_start").asInt())).startsWith(sentence);
                int last = -1;
                for (JsonNode s : m.get("spans")) {
                    kinds.add(s.get("kind").asText());
                    assertThat(s.get("start").asInt()).isGreaterThanOrEqualTo(last);
                    assertThat(sentence.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
                    if (s.get("kind").asText().equals("actor")) assertThat(participants).contains(s.get("value").asText());
                    if (s.get("kind").asText().equals("place")) assertThat(s.get("value").asText()).isEqualTo(detail.get("event").get("place").asText());
                    last = s.get("end").asInt();
                }
            }
        }
        assertThat(kinds).containsExactly("actor", "date", "place");
        assertThat(http.get("/api/events/no-such-event").statusCode()).isEqualTo(404);
    }

    @Test void anActorProfileHasItsTimelineByStatusCounterpartsRolesAndQuotes() {
        JsonNode park = http.json("/api/actors/" + Http.enc("park min-jae"));
        assertThat(park.get("profile").get("name").asText()).isEqualTo("Park Min-jae");
        JsonNode timeline = park.get("timeline");
        assertThat(timeline.get("occurred")).isNotEmpty();
        assertThat(timeline.get("planned")).isNotEmpty();
        timeline.fields().forEachRemaining(f -> f.getValue().forEach(e -> {
            assertThat(e.get("status").asText()).isEqualTo(f.getKey());
            assertThat(names(e)).contains("Park Min-jae");
        }));
        JsonNode counterparts = park.get("counterparts");
        assertThat(counterparts.get(0).get("events").asInt()).isGreaterThanOrEqualTo(counterparts.get(1).get("events").asInt());
        List<String> names = new ArrayList<>();
        counterparts.forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).contains("Laura Whitfield", "Kenji Morita").doesNotContain("Park Min-jae");
        assertThat(park.get("roles").get(0).get("role").asText()).contains("special representative");
        assertThat(park.get("quotes").get("total").asInt()).isEqualTo(park.get("quotes").get("items").size());
        assertThat(http.get("/api/actors/Nobody%20At%20All").statusCode()).isEqualTo(404);
        JsonNode list = http.json("/api/actors?limit=2");
        assertThat(list.get("items")).hasSize(2);
        assertThat(list.get("total").asInt()).isGreaterThan(5);
        assertThat(http.json("/api/actors?q=whitf").get("items").get(0).get("name").asText()).isEqualTo("Laura Whitfield");
    }

    @Test void theNetworkJoinsActorsWhoShareEvents() {
        JsonNode g = http.json("/api/network?status=occurred&limit=5");
        assertThat(g.get("nodes")).hasSizeLessThanOrEqualTo(5);
        Set<String> ids = new TreeSet<>();
        g.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).contains("Park Min-jae", "Laura Whitfield");
        assertThat(g.get("edges")).anySatisfy(e -> assertThat(Set.of(e.get("from").asText(), e.get("to").asText()))
                .isEqualTo(Set.of("Laura Whitfield", "Park Min-jae")));
        g.get("edges").forEach(e -> assertThat(ids).contains(e.get("from").asText(), e.get("to").asText()));
        assertThat(g.get("total_nodes").asInt()).isGreaterThan(g.get("nodes").size());
    }

    @Test void aThreadSetsPlansBesideTheirOutcomes() {
        JsonNode threads = http.json("/api/threads");
        assertThat(threads.get("total").asInt()).isEqualTo(1);
        JsonNode t = http.json("/api/threads/" + ExampleStore.THREAD);
        assertThat(t.get("articles")).hasSize(10);
        Set<String> states = new TreeSet<>();
        t.get("plans").forEach(p -> {
            states.add(p.get("state").asText());
            p.get("outcomes").forEach(o -> assertThat(o.get("event").get("id").asText()).isNotEqualTo(p.get("plan").get("id").asText()));
        });
        assertThat(states).contains("realized", "cancelled", "postponed", "open");
        assertThat(t.get("plans")).anySatisfy(p -> {
            assertThat(p.get("state").asText()).isEqualTo("realized");
            assertThat(p.get("outcomes").get(0).get("event").get("status").asText()).isEqualTo("occurred");
        });
        assertThat(http.get("/api/threads/nope").statusCode()).isEqualTo(404);
    }

    @Test void aThreadsLinkShowsBothSentencesTheirDaysAndWhyTheyFitWithoutArticleIds() {
        JsonNode t = http.json("/api/threads/" + ExampleStore.THREAD);
        List<JsonNode> outcomes = new ArrayList<>();
        t.get("plans").forEach(p -> p.get("outcomes").forEach(outcomes::add));
        assertThat(outcomes).isNotEmpty().allSatisfy(o -> {
            assertThat(o.get("plan").get("sentence").asText()).isNotBlank();
            assertThat(o.get("plan").get("published").asText()).matches("[\\dX]{4}-\\d{2}-\\d{2}");
            assertThat(o.get("outcome").get("sentence").asText()).isNotBlank();
            assertThat(o.get("outcome").get("published").asText()).matches("[\\dX]{4}-\\d{2}-\\d{2}");
            assertThat(o.get("why").asText()).isNotBlank().doesNotContainPattern("\\([0-9a-f]{8,}: ");
        });
    }

    @Test void linksStatsAndArticles() {
        JsonNode links = http.json("/api/links?limit=2");
        assertThat(links.get("items")).hasSize(2);
        assertThat(links.get("total").asInt()).isGreaterThan(2);
        JsonNode stats = http.json("/api/stats");
        assertThat(stats.get("store").get("articles").asInt()).isEqualTo(11);
        assertThat(stats.get("threads").asInt()).isEqualTo(1);
        assertThat(stats.get("links").asInt()).isEqualTo(links.get("total").asInt());
        JsonNode article = http.json("/api/articles/" + ExampleStore.HOSTILE_ID);
        assertThat(article.get("events")).hasSize(1);
        assertThat(http.get("/api/articles/zzzzzzzzzz").statusCode()).isEqualTo(404);
    }

    @Test void markupInArticlesTravelsAsPlainJsonText() {
        HttpResponse<String> r = http.get("/api/events/" + ExampleStore.HOSTILE_EVENT);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode e = Http.parse(r.body());
        assertThat(e.get("mentions").get(0).get("sentence").asText()).contains(ExampleStore.HOSTILE_MARKUP);
        assertThat(e.get("event").get("topic").asText()).isEqualTo(ExampleStore.HOSTILE_MARKUP);
        JsonNode hit = http.json("/api/search?q=onmouseover").get("items").get(0);
        assertThat(hit.get("headline").asText()).contains("<script>");
    }

    @Test void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/index.html", "/app.js", "/api/stats", "/lib/vis-network.min.js", "/api/events/nope")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'").contains("script-src 'self'")
                            .doesNotContain("unsafe-inline"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
        assertThat(http.get("/lib/vis-network.min.js").body()).contains("Network");
    }

    @Test void theOpenApiDocumentListsEveryRoute() {
        JsonNode doc = http.json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).isEqualTo(new TreeSet<>(server.apiPaths()));
        doc.get("paths").fields().forEachRemaining(p -> assertThat(p.getValue().get("get").get("responses").has("200")).isTrue());
    }

    @Test void theApiPagesWithoutDoingAnythingToTheStore() {
        long before = store.count();
        for (String path : server.apiPaths()) {
            String concrete = path.replace("{id}", "x").replace("{name}", "x");
            assertThat(http.get(concrete).statusCode()).as(path).isIn(200, 400, 404);
        }
        assertThat(store.count()).isEqualTo(before);
    }

    static List<String> names(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.get("actors").forEach(p -> out.add(p.get("name").asText()));
        e.get("recipients").forEach(p -> out.add(p.get("name").asText()));
        return out;
    }
}
