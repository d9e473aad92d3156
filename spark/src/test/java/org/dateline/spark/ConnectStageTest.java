package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.core.connect.Connector;
import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.model.EventLink;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-article stage on Spark (per block) against core's Connector over the whole article list in one JVM:
 * the same story events (type, status, date, participants, mentions) and the same links between them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectStageTest {
    private SparkSession spark;
    @TempDir Path dir;

    @BeforeAll
    void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("dateline-connect-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) spark.stop();
    }

    @Test
    void examplesAndWarcGiveTheStoryEventsAndLinksOfTheEmbeddedConnector() throws IOException {
        String examples = Path.of("..", "examples").toAbsolutePath().normalize() + "/*.txt";
        Path warc = TestPages.writeWarc(dir);
        List<String> specs = List.of(examples, warc.toString());
        String out = dir.resolve("out").toString();

        Map<String, Long> counts = new DatelineJob().run(spark, new JobOptions(specs, out, 0, false));
        List<Annotated> all = distinct(Embedded.cached(specs).annotated());
        Connected embedded = Connector.connect(ConnectStage.inInputOrder(all));

        Map<String, String> sparkEvents = sparkEvents(spark, out);
        Map<String, String> embeddedEvents = embeddedEvents(embedded);
        assertThat(embeddedEvents.size()).isGreaterThanOrEqualTo(10);
        assertThat(sorted(sparkEvents.values())).containsExactlyElementsOf(sorted(embeddedEvents.values()));
        assertThat(counts.get(ConnectTables.STORY_EVENTS)).isEqualTo(embedded.events().size());

        List<String> embeddedLinks = embeddedLinks(embedded);
        assertThat(embeddedLinks).isNotEmpty();
        assertThat(sorted(sparkLinks(spark, out))).containsExactlyElementsOf(sorted(embeddedLinks));

        assertThat(sparkRevisions(spark, out)).isEqualTo(new TreeMap<>(embedded.revisionOf()));
        // Threads weigh shared names by how rare they are in what the Connector saw (its block), so they are
        // compared with the Connector over the examples alone, which form their own block here.
        List<Annotated> stories = all.stream().filter(a -> a.article().source().contains("/examples/")).toList();
        List<List<String>> storyThreads = Connector.connect(ConnectStage.inInputOrder(stories)).threads().stream()
                .map(StoryThread::articles).map(ConnectStageTest::sorted).toList();
        assertThat(storyThreads).hasSizeLessThan(stories.size());
        assertThat(sparkThreads(spark, out).stream().filter(t -> stories.stream().anyMatch(a -> a.article().id().equals(t.get(0)))))
                .containsExactlyInAnyOrderElementsOf(storyThreads);
        // The WARC's pages and the examples share no actor: the stage must have run more than one block.
        long blocks = spark.read().parquet(out + "/" + ConnectTables.BLOCKS).select("block").distinct().count();
        assertThat(blocks).isGreaterThan(1);
    }

    /** One article per id, the copy from the least source, as the stage keeps it. */
    static List<Annotated> distinct(List<Annotated> all) {
        Map<String, Annotated> byId = new LinkedHashMap<>();
        for (Annotated a : ConnectStage.inInputOrder(all)) byId.putIfAbsent(a.article().id(), a);
        return new ArrayList<>(byId.values());
    }

    /** Story events of a whole-list run: id -> type, status, date, participants, mentions. */
    static Map<String, String> embeddedEvents(Connected c) {
        Map<String, String> out = new HashMap<>();
        for (StoryEvent se : c.events()) out.put(se.id(), signature(se));
        return out;
    }

    /** Links of a whole-list run, each as (mentions of one side, rel, mentions of the other). */
    static List<String> embeddedLinks(Connected c) {
        List<String> out = new ArrayList<>();
        for (StoryEvent se : c.events()) {
            for (EventLink l : se.links()) out.add(mentionsOf(c, se.id()) + " " + Spelled.of(l.rel()) + " " + mentionsOf(c, l.event()));
        }
        return out;
    }

    private static String signature(StoryEvent se) {
        return Spelled.of(se.event().type()) + "|" + Spelled.of(se.event().status()) + "|" + se.event().date() + "|"
                + names(se.event().actors()) + "|" + names(se.event().recipients()) + "|"
                + sorted(se.mentions().stream().map(m -> m.article() + "#" + m.eventId()).toList());
    }

    private static String mentionsOf(Connected c, String eventId) {
        return c.events().stream().filter(e -> e.id().equals(eventId)).findFirst()
                .map(e -> sorted(e.mentions().stream().map(m -> m.article() + "#" + m.eventId()).toList()).toString())
                .orElse("?");
    }

    private static String names(List<Participant> ps) {
        return sorted(ps.stream().map(Participant::name).toList()).toString();
    }

    static Map<String, String> sparkEvents(SparkSession spark, String out) {
        Map<String, List<String>> actors = new HashMap<>(), recipients = new HashMap<>();
        for (Row p : read(spark, out, ConnectTables.STORY_EVENT_PARTICIPANTS)) {
            String role = p.getAs("role");
            if (!"actor".equals(role) && !"recipient".equals(role)) continue; // "reported_by": the speaker, no side
            ("actor".equals(role) ? actors : recipients)
                    .computeIfAbsent(p.getAs("event_id"), k -> new ArrayList<>()).add(p.getAs("name"));
        }
        Map<String, List<String>> mentions = sparkMentions(spark, out);
        Map<String, String> events = new HashMap<>();
        for (Row e : read(spark, out, ConnectTables.STORY_EVENTS)) {
            String id = e.getAs("event_id");
            events.put(id, e.getAs("type") + "|" + e.getAs("status") + "|" + e.getAs("date") + "|"
                    + sorted(actors.getOrDefault(id, List.of())) + "|" + sorted(recipients.getOrDefault(id, List.of()))
                    + "|" + sorted(mentions.getOrDefault(id, List.of())));
        }
        return events;
    }

    static Map<String, List<String>> sparkMentions(SparkSession spark, String out) {
        Map<String, List<String>> mentions = new HashMap<>();
        for (Row m : read(spark, out, ConnectTables.MENTIONS)) {
            mentions.computeIfAbsent(m.getAs("event_id"), k -> new ArrayList<>())
                    .add(m.getAs("article_id") + "#" + m.getAs("article_event_id"));
        }
        return mentions;
    }

    static List<String> sparkLinks(SparkSession spark, String out) {
        Map<String, List<String>> mentions = sparkMentions(spark, out);
        List<String> links = new ArrayList<>();
        for (Row l : read(spark, out, ConnectTables.LINKS)) {
            links.add(sorted(mentions.getOrDefault((String) l.getAs("event_id"), List.of())) + " " + l.getAs("rel")
                    + " " + sorted(mentions.getOrDefault((String) l.getAs("other_event_id"), List.of())));
        }
        return links;
    }

    static Map<String, String> sparkRevisions(SparkSession spark, String out) {
        Map<String, String> m = new TreeMap<>();
        for (Row r : read(spark, out, ConnectTables.REVISIONS)) m.put(r.getAs("article_id"), r.getAs("revision_of"));
        return m;
    }

    static List<List<String>> sparkThreads(SparkSession spark, String out) {
        Map<String, List<String>> threads = read(spark, out, ConnectTables.THREADS).stream().collect(Collectors.groupingBy(
                r -> (String) r.getAs("thread_id"), Collectors.mapping(r -> (String) r.getAs("article_id"),
                        Collectors.toList())));
        return threads.values().stream().map(ConnectStageTest::sorted).toList();
    }

    private static List<Row> read(SparkSession spark, String out, String table) {
        return spark.read().parquet(out + "/" + table).collectAsList();
    }

    static List<String> sorted(Collection<String> xs) {
        return xs.stream().sorted().toList();
    }
}
