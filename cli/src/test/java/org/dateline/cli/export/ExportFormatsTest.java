package org.dateline.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.dateline.cli.Fixtures;
import org.dateline.model.ActorProfile;
import org.dateline.model.StoryEvent;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;
import org.dateline.store.export.CsvEventWriter;
import org.dateline.store.export.SourceArticles;

class ExportFormatsTest {
    @TempDir static Path dir;
    static Store store;
    static List<StoryEvent> events;
    static SourceArticles articles;

    @BeforeAll static void open() {
        store = Fixtures.store(dir.resolve("x.db"));
        events = store.storyEvents(EventCriteria.all().withLimit(0));
        articles = new SourceArticles(store::article);
    }

    @AfterAll static void close() { store.close(); }

    private static List<CSVRecord> parse(String text, CSVFormat format) throws Exception {
        try (CSVParser p = CSVParser.parse(text, format.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    @Test
    void csvReadsBackOneRowPerEventWithGdeltColumns() throws Exception {
        StringWriter out = new StringWriter();
        CsvEventWriter.csv(articles).write(events, out);

        List<CSVRecord> rows = parse(out.toString(), CSVFormat.RFC4180);

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(CsvEventWriter.COLUMNS);
        CSVRecord demand = rows.get(0);                       // "2024-03" sorts first: it starts March 1
        assertThat(demand.get("GlobalEventID")).isEqualTo("se-demand");
        assertThat(demand.get("Day")).isEqualTo("20240301");
        assertThat(demand.get("DateValue")).isEqualTo("2024-03");
        assertThat(demand.get("Actor1Code")).isEqualTo("PRK");
        assertThat(demand.get("Actor2Name")).isEqualTo("Ellen Whitfield");
        assertThat(demand.get("EventCode")).isEqualTo("1054");
        assertThat(demand.get("EventBaseCode")).isEqualTo("105");
        assertThat(demand.get("EventRootCode")).isEqualTo("10");
        assertThat(demand.get("QuadClass")).isEqualTo("3");
        CSVRecord met = rows.stream().filter(r -> r.get("GlobalEventID").equals("se-met")).findFirst().orElseThrow();
        assertThat(met.get("Actor1Code")).isEqualTo("KORGOV");
        assertThat(met.get("Actor2CountryCode")).isEqualTo("USA");
        assertThat(met.get("NumMentions")).isEqualTo("2");
        assertThat(met.get("NumArticles")).isEqualTo("2");
        assertThat(met.get("NumSources")).isEqualTo("2");
        assertThat(met.get("SourceURLs").split(CsvEventWriter.LIST_SEPARATOR))
                .containsExactly("https://news.example/a2", "https://news.example/a3");
        CSVRecord tri = rows.stream().filter(r -> r.get("GlobalEventID").equals("se-tri")).findFirst().orElseThrow();
        assertThat(tri.get("Day")).isEqualTo("20240311");
        assertThat(tri.get("Actor2Name")).as("a meeting without recipient: the second actor").isEqualTo("Ellen Whitfield");
        assertThat(tri.get("OtherActors")).isEqualTo("Kenji Morita");
        assertThat(tri.get("Status")).isEqualTo("occurred");
    }

    @Test
    void tsvReadsBackTheSameCells() throws Exception {
        StringWriter csv = new StringWriter();
        StringWriter tsv = new StringWriter();
        CsvEventWriter.csv(articles).write(events, csv);
        CsvEventWriter.tsv(articles).write(events, tsv);

        List<CSVRecord> a = parse(csv.toString(), CSVFormat.RFC4180);
        List<CSVRecord> b = parse(tsv.toString(), CSVFormat.TDF);

        assertThat(tsv.toString().lines().findFirst().orElseThrow()).contains("\t");
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) assertThat(b.get(i).toList()).isEqualTo(a.get(i).toList());
    }

    @Test
    void jsonlCarriesTheContractFields() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (StoryEvent e : events) lines.add(m.readTree(m.writeValueAsString(StoryEventJson.of(e))));

        JsonNode met = lines.stream().filter(n -> n.get("id").asText().equals("se-met")).findFirst().orElseThrow();
        for (String field : List.of("id", "type", "mode", "cameo", "actors", "recipients", "date", "date_mod", "place",
                "status", "topic", "start", "end", "confidence", "mentions", "links")) {
            assertThat(met.has(field)).as(field).isTrue();
        }
        assertThat(met.get("recipients").get(0).get("name").asText()).isEqualTo("Ellen Whitfield");
        JsonNode mention = met.get("mentions").get(0);
        assertThat(mention.get("article").asText()).isEqualTo("a2");
        assertThat(mention.get("headline").asText()).isEqualTo("Headline of a2");
        assertThat(mention.get("sentence").asText()).contains("\"frankly\"");
        assertThat(mention.get("start").asInt()).isZero();
        assertThat(mention.get("end").asInt()).isEqualTo(20);
        JsonNode link = met.get("links").get(0);
        assertThat(link.get("rel").asText()).isEqualTo("realizes");
        assertThat(link.get("event").asText()).isEqualTo("se-plan");
        assertThat(link.get("evidence").asText()).contains("same participants");
    }

    @Test
    void ploverRecordsReadBackAsJsonLines() throws Exception {
        StringWriter out = new StringWriter();
        new PloverEventWriter(articles).write(events, out);
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString().split("\n")) records.add(m.readTree(line));

        assertThat(records).hasSize(4);
        JsonNode demand = records.get(0);
        assertThat(demand.get("id").asText()).isEqualTo("se-demand");
        assertThat(demand.get("date").asText()).isEqualTo("2024-03-01");
        assertThat(demand.get("enddate").asText()).isEqualTo("2024-03-31");
        assertThat(demand.get("event").get(0).asText()).isEqualTo("REQUEST");
        assertThat(demand.get("quad_code").asInt()).isEqualTo(3);
        assertThat(demand.get("actor").get(0).get("code").asText()).isEqualTo("PRK");
        assertThat(demand.get("recipient").get(0).get("sector").asText()).isEqualTo("GOV");
        assertThat(demand.get("context").get(0).asText()).isEqualTo("nuclear talks");
        JsonNode plan = records.stream().filter(n -> n.get("id").asText().equals("se-plan")).findFirst().orElseThrow();
        assertThat(plan.has("enddate")).isFalse();
        assertThat(plan.get("status").asText()).isEqualTo("planned");
        assertThat(plan.get("mode").get(0).asText()).isEqualTo("visit");
        assertThat(plan.get("event_loc").get("name").asText()).isEqualTo("Washington");
        assertThat(plan.get("text").asText()).startsWith("Park will meet");
        assertThat(plan.get("cite_info").get("url").asText()).isEqualTo("https://news.example/a1");
        assertThat(plan.get("link").asText()).isEqualTo("t1");
    }

    @Test
    void graphmlParsesWithNodesForActorsAndWeightedMeetingEdges() throws Exception {
        StringWriter out = new StringWriter();
        Map<String, ActorProfile> profiles = Map.of("Park Min-jae", Fixtures.connected().actors().get(0));
        new GraphmlWriter(profiles).write(events, out);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(GraphmlWriter.NS);
        NodeList nodes = doc.getElementsByTagNameNS(GraphmlWriter.NS, "node");
        assertThat(nodes.getLength()).isEqualTo(4);
        Element park = byId(nodes, "Park Min-jae");
        assertThat(data(park, "activity")).isEqualTo("3");
        assertThat(data(park, "country")).isEqualTo("KOR");
        assertThat(data(park, "type")).isEqualTo("PERSON");
        assertThat(data(byId(nodes, "North Korea"), "activity")).isEqualTo("1");
        NodeList edges = doc.getElementsByTagNameNS(GraphmlWriter.NS, "edge");
        assertThat(edges.getLength()).as("Park-Whitfield, Park-Morita, Morita-Whitfield; no REQUEST edge").isEqualTo(3);
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            String pair = e.getAttribute("source") + "|" + e.getAttribute("target");
            String weight = data(e, "weight");
            if (pair.equals("Ellen Whitfield|Park Min-jae")) assertThat(weight).isEqualTo("3");
            else assertThat(weight).isEqualTo("1");
            assertThat(pair).doesNotContain("North Korea");
        }
    }

    private static Element byId(NodeList nodes, String id) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("id").equals(id)) return e;
        }
        throw new AssertionError("no node " + id);
    }

    private static String data(Element parent, String key) {
        NodeList data = parent.getElementsByTagNameNS(GraphmlWriter.NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) return d.getTextContent();
        }
        return null;
    }
}
