package org.dateline.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.ContentHash;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;

/**
 * Every column of {@code export --format csv}, read back by Commons CSV from a store this test builds: places of
 * each kind (a town, a country, a text no gazetteer knows), a month-only date, an event with a CAMEO code but no
 * PLOVER type, and a report with a dateline that decides between two towns of one name.
 */
class CsvColumnsTest {
    @TempDir static Path dir;
    static Store store;
    static Map<String, CSVRecord> rows;

    private static final Participant KCNA_PRK = new Participant("Kim Song", "PRK", "GOV");
    private static final Participant KOR = new Participant("Unification Ministry", "KOR", "GOV");

    @BeforeAll static void buildStoreAndExport() throws Exception {
        store = Store.open(dir.resolve("columns.db"));
        store.add(List.of(article("p1", "PYONGYANG", "KCNA"), article("p2", "PYONGYANG", "Rodong"),
                article("w1", "WASHINGTON", "Wire")));
        store.replaceConnections(new Connected(List.of(
                event("se-town", "REQUEST", "020", "2024-03", "Pyongyang", List.of("p1", "p2", "p2")),
                event("se-country", "ACCUSE", "111", "2024-03-08", "south Korea", List.of("p1")),
                event("se-hall", "CONSULT", "040", "2024-W11", "Mansudae Assembly Hall", List.of("p1")),
                event("se-untyped", null, "190", "2024", "Birmingham", List.of("w1")),
                event("se-nowhere", "AGREE", null, "XXXX-03-08", null, List.of("p2"))), List.of(), List.of(), Map.of(), Map.of()));
        StringWriter out = new StringWriter();
        CsvEventWriter.csv(new SourceArticles(store::article)).write(store.storyEvents(EventCriteria.all().withLimit(0)), out);
        try (CSVParser p = CSVParser.parse(out.toString(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertThat(p.getHeaderNames()).isEqualTo(CsvEventWriter.COLUMNS);
            rows = p.getRecords().stream().collect(Collectors.toMap(r -> r.get("GlobalEventID"), Function.identity()));
        }
    }

    @AfterAll static void close() { store.close(); }

    private static Article article(String id, String dateline, String agency) {
        String body = "Body of " + id + ".";
        return new Article(id, "test:" + id, "https://news.example/" + id, "Headline " + id, null, agency, dateline, null,
                "2024-03-12", false, List.of(), null, null, "en", body, ContentHash.of("Headline " + id, body));
    }

    private static StoryEvent event(String id, String type, String cameo, String date, String place, List<String> reports) {
        Event e = Event.builder().id(id).type(EventType.parse(type)).mode("visit").cameo(cameo).actors(List.of(KCNA_PRK))
                .recipients(List.of(KOR)).date(date).place(place).status(EventStatus.OCCURRED).topic("talks")
                .span(0, 10).confidence(0.5).build();
        List<Mention> mentions = reports.stream()
                .map(a -> new Mention(a, "Headline " + a, "In " + a + ", " + id + " happened.", 0, 10, "e1")).toList();
        return new StoryEvent(id, e, mentions, List.of(), null);
    }

    @Test
    void everyColumnOfATownEventWithAMonthOnlyDateReadsBack() {
        Map<String, String> expected = new HashMap<>();
        expected.putAll(Map.of("GlobalEventID", "se-town", "Day", "20240301", "DayLast", "20240331",
                "DatePrecision", "month", "MonthYear", "202403", "Year", "2024", "DateValue", "2024-03", "DateMod", ""));
        expected.putAll(Map.of("Actor1Code", "PRKGOV", "Actor1Name", "Kim Song", "Actor1CountryCode", "PRK",
                "Actor1Sector", "GOV", "Actor2Code", "KORGOV", "Actor2Name", "Unification Ministry",
                "Actor2CountryCode", "KOR", "Actor2Sector", "GOV", "OtherActors", ""));
        expected.putAll(Map.of("EventCode", "020", "EventBaseCode", "020", "EventRootCode", "02", "QuadClass",
                String.valueOf(EventType.REQUEST.quad()),
                "GoldsteinScale", String.valueOf(CameoScales.standard().goldstein("020").getAsDouble()),
                "PloverType", "REQUEST", "PloverMode", "visit", "Status", "occurred", "Topic", "talks"));
        expected.putAll(Map.of("ActionGeo_Type", "4", "ActionGeo_Text", "Pyongyang",
                "ActionGeo_FullName", "Pyongyang, North Korea", "ActionGeo_CountryCode", "PRK"));
        expected.putAll(Map.of("NumMentions", "3", "NumSources", "2", "NumArticles", "2", "Confidence", "0.5",
                "ThreadID", "", "Sentence", "In p1, se-town happened.", "SOURCEURL", "https://news.example/p1",
                "SourceURLs", "https://news.example/p1; https://news.example/p2"));
        CSVRecord town = rows.get("se-town");
        assertThat(Double.parseDouble(town.get("ActionGeo_Lat"))).isBetween(38.9, 39.2);
        assertThat(Double.parseDouble(town.get("ActionGeo_Long"))).isBetween(125.6, 125.9);
        assertThat(Long.parseLong(town.get("ActionGeo_FeatureID"))).isPositive();
        Map<String, String> actual = new HashMap<>(town.toMap());
        actual.keySet().removeAll(List.of("ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID"));
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.keySet()).hasSize(CsvEventWriter.COLUMNS.size() - 3);
    }

    @Test
    void aCountryPlaceHasTheCountryAndNoPoint() {
        CSVRecord r = rows.get("se-country");
        assertThat(r.get("ActionGeo_Type")).isEqualTo("1");
        assertThat(r.get("ActionGeo_CountryCode")).isEqualTo("KOR");
        assertThat(r.get("ActionGeo_FullName")).isEqualTo("South Korea");
        assertThat(List.of(r.get("ActionGeo_Lat"), r.get("ActionGeo_Long"), r.get("ActionGeo_FeatureID"))).containsOnly("");
        assertDays(r, "day", "20240308", "20240308");
    }

    @Test
    void anUnknownPlaceKeepsItsTextAndNothingElse() {
        CSVRecord r = rows.get("se-hall");
        assertThat(r.get("ActionGeo_Text")).isEqualTo("Mansudae Assembly Hall");
        for (String c : List.of("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
                "ActionGeo_Long", "ActionGeo_FeatureID")) {
            assertThat(r.get(c)).as(c).isEmpty();
        }
        assertDays(r, "week", "20240311", "20240317");
    }

    @Test
    void anEventWithACameoCodeButNoTypeTakesTheQuadClassOfItsRootAndTheDatelineDecidesTheTown() {
        CSVRecord r = rows.get("se-untyped");
        assertThat(r.get("PloverType")).isEmpty();
        assertThat(r.get("QuadClass")).isEqualTo("4");                     // CAMEO 19: fight, material conflict
        assertThat(Double.parseDouble(r.get("GoldsteinScale"))).isEqualTo(-10.0);
        assertThat(r.get("ActionGeo_CountryCode")).as("dateline WASHINGTON: Birmingham, Alabama").isEqualTo("USA");
        assertThat(r.get("ActionGeo_Type")).isEqualTo("3");
        assertDays(r, "year", "20240101", "20241231");
    }

    @Test
    void aDateWithoutAYearHasNoDaysButKeepsItsValueAndPrecision() {
        CSVRecord r = rows.get("se-nowhere");
        assertThat(List.of(r.get("Day"), r.get("DayLast"), r.get("MonthYear"), r.get("Year"))).containsOnly("");
        assertThat(r.get("DateValue")).isEqualTo("XXXX-03-08");
        assertThat(r.get("DatePrecision")).isEqualTo("day");
        assertThat(r.get("EventCode")).isEmpty();
        assertThat(r.get("GoldsteinScale")).isEmpty();
        assertThat(r.get("ActionGeo_Text")).isEmpty();
    }

    private static void assertDays(CSVRecord r, String precision, String first, String last) {
        assertThat(List.of(r.get("DatePrecision"), r.get("Day"), r.get("DayLast"))).containsExactly(precision, first, last);
    }

    @Test
    void everyTypeTheCoderAssignsHasAQuadClassEvenWithoutACameoCode() {
        for (EventType type : EventType.values()) {
            assertThat(CameoScales.standard().quadClass(type, null)).as(type.name()).hasValue(type.quad());
            assertThat(type.quad()).as(type.name()).isBetween(1, 4);
        }
    }

    /** The imported table against its source, where ../shared is there. */
    @Test
    void everyGoldsteinValueIsTheOneTheSharedCameoTableGives() throws Exception {
        Path shared = Path.of(System.getProperty("dateline.shared", "../../shared"), "dev/events/cameo-codes.csv");
        assumeTrue(Files.isRegularFile(shared), "no shared CAMEO table at " + shared);
        int checked = 0;
        try (Reader in = Files.newBufferedReader(shared, StandardCharsets.ISO_8859_1);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).build().parse(in)) {
            for (CSVRecord r : p) {
                if (r.get("goldstein").equals("NA") || !r.get("code").matches("\\d+")) continue;
                assertThat(CameoScales.standard().goldstein(r.get("code")).getAsDouble()).as(r.get("code"))
                        .isEqualTo(Double.parseDouble(r.get("goldstein")));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(CameoScales.standard().goldsteinCodes());
    }
}
