package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.core.Pipeline;
import org.dateline.core.json.AnnotationJson;
import org.dateline.core.source.RawDocument;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.model.Annotated;
import org.dateline.model.Event;
import org.dateline.core.source.Sources;
import org.dateline.store.Store;
import picocli.CommandLine;

/** The examples end to end with NLP: read, annotate on a pool, store, connect. CoreNLP loads once for the class. */
class IngestExamplesTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    static final Pipeline PIPELINE = new Pipeline();
    @TempDir static Path dir;
    static List<Annotated> twoThreads;
    static IngestSummary first;
    static String errors;

    @BeforeAll static void ingest() {
        try (Store store = Store.open(dir.resolve("nlp.db"))) {
            first = ingest(store, 2);
            twoThreads = all(store);
        }
    }

    private static IngestSummary ingest(Store store, int threads) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Ingester ingester = new Ingester(store, PIPELINE, new PrintStream(err, true, StandardCharsets.UTF_8),
                new Progress(System.err, false), null, threads)) {
            IngestSummary s = ingester.run(Sources.open(List.of(EXAMPLES.resolve("*.txt").toString()), System.in));
            errors = err.toString(StandardCharsets.UTF_8);
            return s;
        }
    }

    private static List<Annotated> all(Store store) {
        List<Annotated> out = new ArrayList<>();
        store.annotated(out::add);
        return out;
    }

    @Test
    void everyStoryIsStoredWithItsAnnotations() {
        assertThat(errors).isEmpty();
        assertThat(first).isEqualTo(new IngestSummary(10, 10, 0, 0));
        assertThat(twoThreads).hasSize(10);
        assertThat(twoThreads).allSatisfy(a -> {
            assertThat(a.entities()).as(a.article().id()).isNotEmpty();
            assertThat(a.timexes()).as(a.article().id()).isNotEmpty();
        });
        assertThat(twoThreads).anySatisfy(a -> assertThat(a.quotes()).isNotEmpty());
        assertThat(twoThreads).extracting(a -> a.article().publicationDate()).startsWith("2024-03-07");
    }

    @Test
    void theResultDoesNotDependOnThreadsAndASecondIngestAddsNothing() {
        try (Store store = Store.open(dir.resolve("one-thread.db"))) {
            ingest(store, 1);
            assertThat(all(store)).isEqualTo(twoThreads);
            assertThat(ingest(store, 2)).isEqualTo(new IngestSummary(10, 0, 10, 0));
            assertThat(all(store)).isEqualTo(twoThreads);
        }
    }

    @Test
    void anNlpIngestFillsInStoriesStoredWithoutNlpAndConnects() {
        try (Store store = Store.open(dir.resolve("bare-first.db"))) {
            try (Ingester bare = new Ingester(store, PIPELINE, System.err, new Progress(System.err, false), null)) {
                bare.run(Sources.open(List.of(EXAMPLES.resolve("*.txt").toString()), System.in));
            }
            assertThat(all(store)).allSatisfy(a -> assertThat(a.entities()).isEmpty());
            assertThat(store.storyEvents(org.dateline.store.EventCriteria.all())).isEmpty();

            ingest(store, 2);

            assertThat(all(store)).isEqualTo(twoThreads);
            long perArticle = twoThreads.stream().mapToLong(a -> a.events().size()).sum();
            // the same event reported in several stories is one story event with several mentions
            long stored = store.storyEventCount(org.dateline.store.EventCriteria.all());
            assertThat(stored).isPositive().isLessThan(perArticle);
            for (Annotated a : twoThreads) {
                for (Event e : a.events()) {
                    assertThat(store.storyEvents(org.dateline.store.EventCriteria.all().withArticle(a.article().id())))
                            .as("a story event mentions %s of %s", e.id(), a.article().id())
                            .anySatisfy(se -> assertThat(se.mentions()).anyMatch(m ->
                                    m.article().equals(a.article().id()) && m.eventId().equals(e.id())));
                }
            }
        }
    }

    /** What {@code dateline annotate FILE} prints for each example, by article id. */
    private static Map<String, JsonNode> annotateEachExample() throws IOException, UnreadableDocumentException {
        Map<String, JsonNode> byArticle = new HashMap<>();
        try (var files = Files.newDirectoryStream(EXAMPLES, "*.txt")) {
            for (Path f : files) {
                JsonNode json = AnnotationJson.of(PIPELINE.annotate(RawDocument.of(f.toString(), Files.readAllBytes(f))));
                byArticle.put(json.path("id").asText(), json);
            }
        }
        return byArticle;
    }

    private static JsonNode annotatedEvent(Map<String, JsonNode> annotate, String article, String eventId) {
        for (JsonNode e : annotate.get(article).path("events")) if (e.path("id").asText().equals(eventId)) return e;
        throw new AssertionError("annotate gives no event " + eventId + " in " + article);
    }

    @Test
    void theStoreGivesBackEveryFieldOfEveryEventThatAnnotatePrints() throws Exception {
        Map<String, JsonNode> annotate = annotateEachExample();

        assertThat(twoThreads).allSatisfy(a -> {
            List<JsonNode> stored = a.events().stream().map(e -> (JsonNode) AnnotationJson.event(e)).toList();
            assertThat(stored).as(a.article().id()).containsExactlyElementsOf(annotate.get(a.article().id()).path("events"));
        });
        assertThat(annotate.values()).anySatisfy(j -> assertThat(j.path("events").findValuesAsText("trigger")).isNotEmpty());
    }

    /**
     * A story event is told from its first report (status, span, trigger, sentence); its type, mode, CAMEO code, topic
     * and outcome are those of one of its reports; its confidence is the highest. The one status it may change: a
     * first report coded planned that the merger reads as a trip begun ("left here to pay a visit") makes a story of
     * a visit that took place, recorded occurred (Story.recordedStatus). What Connect refines across reports
     * (canonical participant names, the date and place of the most precisely dated report) is checked elsewhere.
     */
    @Test
    void exportJsonlGivesEachStoryEventTheFieldsThatAnnotateGivesItsReports() throws Exception {
        Map<String, JsonNode> annotate = annotateEachExample();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new CommandLine(new ExportCommand(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .setErr(new PrintWriter(err)).execute("--db", dir.resolve("nlp.db").toString(), "--format", "jsonl");
        assertThat(code).as(err.toString()).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode exported = AnnotationJson.mapper().readTree(line);
            String id = exported.path("id").asText();
            List<JsonNode> reports = new ArrayList<>();
            for (JsonNode m : exported.path("mentions")) {
                reports.add(annotatedEvent(annotate, m.path("article").asText(), m.path("event").asText()));
            }
            for (String field : List.of("start", "end", "trigger", "sentence")) {
                assertThat(exported.get(field)).as(id + " " + field).isEqualTo(reports.get(0).get(field));
            }
            String first = reports.get(0).path("status").asText();
            if (!exported.path("status").asText().equals(first)) {
                assertThat(List.of(first, exported.path("status").asText())).as(id + " status").containsExactly("planned", "occurred");
            }
            for (String field : List.of("type", "mode", "cameo", "topic", "outcome")) {
                assertThat(reports).extracting(r -> r.get(field)).as(id + " " + field).contains(exported.get(field));
            }
            assertThat(exported.path("confidence").asDouble()).as(id)
                    .isEqualTo(reports.stream().mapToDouble(r -> r.path("confidence").asDouble()).max().orElseThrow());
        }
    }
}
