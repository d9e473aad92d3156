package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.store.export.CsvEventWriter;
import org.dateline.store.geo.Gazetteer;
import org.dateline.store.geo.GeoPlace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.dateline.model.EventType;


/** The routes behind the researcher's filters, chart and downloads, over the examples. */
class ResearchApiTest {
    static ExampleServer served;
    static Http http;

    @BeforeAll static void start() {
        served = new ExampleServer();
        http = served.http;
    }

    @AfterAll static void stop() {
        if (served != null) served.close();
    }

    @Test void eventsComeNewestFirstUnlessAskedOldestFirst() {
        List<String> newest = ids(http.json("/api/events?limit=500"));
        List<String> oldest = ids(http.json("/api/events?limit=500&order=oldest"));
        assertThat(newest).hasSameSizeAs(oldest).hasSizeGreaterThan(5);
        assertThat(newest.get(newest.size() - 1)).isEqualTo(oldest.get(oldest.size() - 1));     // undated stay last
        int dated = datedCount(http.json("/api/events?limit=500&order=oldest"));
        List<String> reversed = new ArrayList<>(oldest.subList(0, dated));
        java.util.Collections.reverse(reversed);
        assertThat(newest.subList(0, dated)).isEqualTo(reversed);
        assertThat(days(http.json("/api/events?limit=500")).get(0)).startsWith("2024-03");
        assertThat(http.get("/api/events?order=sideways").statusCode()).isEqualTo(400);
    }

    @Test void countryAndQuadFiltersKeepOnlyMatchingEvents() {
        JsonNode china = http.json("/api/events?country=chn&limit=500");
        assertThat(china.get("items")).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).contains("\"country\":\"CHN\""));
        JsonNode conflict = http.json("/api/events?quad=3&limit=500");
        assertThat(conflict.get("items")).isNotEmpty().allSatisfy(e -> assertThat(e.get("type").asText()).isIn("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"));
        assertThat(http.get("/api/events?quad=7").statusCode()).isEqualTo(400);
    }

    @Test void facetsCountEachChoiceAndGiveTheStoresDateSpan() {
        JsonNode all = http.json("/api/events?limit=500");
        JsonNode f = http.json("/api/facets?type=CONSULT");
        int consult = 0;
        for (JsonNode e : all.get("items")) if (e.get("type").asText().equals("CONSULT")) consult++;
        JsonNode types = f.get("types");
        assertThat(types.get(0).get("value").asText()).isEqualTo("CONSULT");   // most first; the chosen type hides no other
        assertThat(types.get(0).get("count").asInt()).isEqualTo(consult);
        assertThat(types.size()).isGreaterThan(1);
        assertThat(f.get("quads")).extracting(q -> q.get("label").asText()).contains("verbal cooperation");
        assertThat(f.get("countries")).extracting(c -> c.get("value").asText()).contains("CHN");
        assertThat(f.get("earliest").asText()).isEqualTo("2023-12-01");
        assertThat(f.get("latest").asText()).startsWith("2024-");
    }

    @Test void theViewDownloadsAsCsvWithEveryColumnAndAsJson() throws IOException {
        HttpResponse<String> csv = http.get("/api/download?format=csv&status=planned");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.body())).getRecords();
        JsonNode planned = http.json("/api/events?status=planned&limit=500");
        assertThat(rows).hasSize(planned.get("items").size());
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(EventDownload.COLUMNS);
        JsonNode first = planned.get("items").get(0);
        CSVRecord row = rows.get(0);
        assertThat(row.get("id")).isEqualTo(first.get("id").asText());
        assertThat(row.get("status")).isEqualTo("planned");
        assertThat(row.get("type")).isEqualTo(first.get("type").asText());
        assertThat(row.get("quad_class")).isEqualTo(String.valueOf(Codebook.quadOf(EventType.parse(first.get("type").asText()))));
        assertThat(row.get("actors")).contains(first.get("actors").get(0).get("name").asText());
        assertThat(row.get("sentence")).isEqualTo(first.get("sentence").asText());
        for (CSVRecord r : rows) {
            GeoPlace geo = Gazetteer.standard().resolve(r.get("place"));
            assertThat(r.get("place_country")).as(r.get("place")).isEqualTo(Objects.toString(geo.country(), ""));
            assertThat(r.get("place_lat")).isEqualTo(Objects.toString(geo.latitude(), ""));
            assertThat(r.get("place_lon")).isEqualTo(Objects.toString(geo.longitude(), ""));
            assertThat(r.get("first_day").compareTo(r.get("last_day"))).isLessThanOrEqualTo(0);
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.get("place_lat")).isNotEmpty());
        JsonNode json = http.json("/api/download?format=json&status=planned");
        assertThat(json.size()).isEqualTo(rows.size());
        assertThat(http.get("/api/download?format=xls").statusCode()).isEqualTo(400);
    }

    @Test void theViewDownloadsWithTheExportsGdeltColumnsForTheSameEvents() throws IOException {
        HttpResponse<String> csv = http.get("/api/download?format=gdelt&status=planned");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.body())).getRecords();
        JsonNode planned = http.json("/api/events?status=planned&limit=500");
        assertThat(rows).hasSize(planned.get("items").size());
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(CsvEventWriter.COLUMNS);
        assertThat(rows).extracting(r -> r.get("Status")).containsOnly("planned");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("QuadClass")).isNotEmpty());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("NumMentions")).isNotEmpty());
    }

    @Test void countsAddUpToTheEventsTheyDraw() {
        JsonNode c = http.json("/api/counts?bucket=month&by=status");
        int sum = 0;
        for (JsonNode series : c.get("counts")) for (JsonNode n : series) sum += n.asInt();
        assertThat(sum).isEqualTo(c.get("total").asInt());
        long all = http.json("/api/events?limit=500").get("total").asLong();
        assertThat(c.get("total").asInt() + c.get("imprecise").asInt() + c.get("undated").asInt()).isEqualTo((int) all);
        assertThat(http.get("/api/counts?bucket=hour").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/counts?by=colour").statusCode()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(e -> out.add(e.get("id").asText()));
        return out;
    }

    private static int datedCount(JsonNode page) {
        return days(page).size();
    }

    @Test void searchCountsEveryMatchingArticleNotJustThePage() {
        int all = served.store.search("envoy*", 1000, 0).size();
        JsonNode page = http.json("/api/search?q=envoy*&limit=2");
        assertThat(all).isGreaterThan(2);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isEqualTo(all);
        assertThat(http.json("/api/search?q=envoy*&limit=500").get("total").asLong()).isEqualTo(all);
        assertThat(http.json("/api/search?q=" + Http.enc("\"envoy")).get("total").asLong()).isPositive();
    }

    @Test void countriesCountEachEventOncePerCountryTakingPart() {
        JsonNode countries = http.json("/api/countries?status=occurred");
        JsonNode occurred = http.json("/api/events?status=occurred&limit=500");
        for (JsonNode c : countries) {
            int expected = 0;
            for (JsonNode e : occurred.get("items")) if (e.toString().contains("\"country\":\"" + c.get("value").asText() + "\"")) expected++;
            assertThat(c.get("count").asInt()).as(c.get("value").asText()).isEqualTo(expected);
        }
        assertThat(countries).extracting(c -> c.get("value").asText()).contains("PRK", "USA");
    }

    /** The first day of each dated event, in list order. */
    private static List<String> days(JsonNode page) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : page.get("items")) {
            java.time.LocalDate d = EventDates.firstDay(e.get("date").isNull() ? null : e.get("date").asText());
            if (d != null) out.add(d.toString());
        }
        return out;
    }
}
