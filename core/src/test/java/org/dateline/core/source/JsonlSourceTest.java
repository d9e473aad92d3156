package org.dateline.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.source.SourceTesting.docs;
import static org.dateline.core.source.SourceTesting.errors;
import static org.dateline.core.source.SourceTesting.gzip;
import static org.dateline.core.source.SourceTesting.readAll;
import static org.dateline.core.source.SourceTesting.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSourceTest {
    @TempDir Path dir;

    private static final String LINES = String.join("\n",
            "{\"id\":\"a1\",\"url\":\"https://wire.example/a1\",\"date\":\"2012-03-05\",\"title\":\"Port reopens\","
                    + "\"text\":\"The harbour reopened to cargo ships on Monday.\"}",
            "this is not json",
            "",
            "{\"id\":17,\"date\":\"2012-03-06T23:30:00-05:00\",\"html\":\"<p>Ministers met in Lima.</p>\"}",
            "{\"title\":\"no body here\"}",
            "[1,2,3]",
            "{\"text\":\"<p>literal tags</p>\",\"html\":\"<p>ignored</p>\",\"format\":\"text\",\"date\":\"soon\"}\r",
            "{\"text\":\"Last line without a newline.\"}");

    @Test
    void streamsGoodLinesInOrderAndReportsEachBadLine() throws IOException {
        Path file = SourceTesting.write(dir.resolve("dump.jsonl"), LINES);

        List<SourceItem> items = readAll(new JsonlSource(file));

        assertThat(items).extracting(SourceItem::source).containsExactly(
                file + ":1", file + ":2", file + ":4", file + ":5", file + ":6", file + ":7", file + ":8");
        List<RawDocument> docs = docs(items);
        assertThat(docs).hasSize(4);

        RawDocument first = docs.get(0);
        assertThat(first.id()).isEqualTo("a1");
        assertThat(first.url()).isEqualTo("https://wire.example/a1");
        assertThat(first.title()).isEqualTo("Port reopens");
        assertThat(first.date()).isEqualTo(LocalDate.of(2012, 3, 5));
        assertThat(first.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(text(first)).isEqualTo("The harbour reopened to cargo ships on Monday.");

        RawDocument html = docs.get(1);
        assertThat(html.id()).isEqualTo("17");
        assertThat(html.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(html.date()).as("the stated local day, not UTC").isEqualTo(LocalDate.of(2012, 3, 6));
        assertThat(text(html)).isEqualTo("<p>Ministers met in Lima.</p>");

        RawDocument forcedText = docs.get(2);
        assertThat(forcedText.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(text(forcedText)).isEqualTo("<p>literal tags</p>");
        assertThat(forcedText.date()).as("an unparseable date is dropped, not the document").isNull();

        assertThat(text(docs.get(3))).isEqualTo("Last line without a newline.");

        List<SourceError> errors = errors(items);
        assertThat(errors).extracting(SourceError::source).containsExactly(file + ":2", file + ":5", file + ":6");
        assertThat(errors.get(0).reason()).startsWith("not JSON: Unrecognized token 'this'");
        assertThat(errors.get(1).reason()).isEqualTo("no \"text\" or \"html\" field");
        assertThat(errors.get(2).reason()).isEqualTo("not a JSON object");
    }

    @Test
    void readsGzippedDumps() throws IOException {
        Path file = Files.write(dir.resolve("dump.jsonl.gz"), gzip(LINES.getBytes(StandardCharsets.UTF_8)));
        List<SourceItem> items = readAll(new JsonlSource(file));
        assertThat(docs(items)).hasSize(4);
        assertThat(docs(items).get(0).source()).isEqualTo(file + ":1");
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeAndEndsWithOneError() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            many.append("{\"id\":\"n").append(i).append("\",\"text\":\"Story number ").append(i)
                    .append(" about harbour traffic and grain prices ").append(Integer.toHexString(i * 7919)).append("\"}\n");
        }
        byte[] gz = gzip(many.toString().getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length * 2 / 3));

        List<SourceItem> items = readAll(new JsonlSource(file));

        List<RawDocument> docs = docs(items);
        assertThat(docs.size()).isBetween(100, 1999);
        for (int i = 0; i < docs.size(); i++) assertThat(docs.get(i).id()).isEqualTo("n" + (i + 1));
        assertThat(errors(items)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("truncated gzip stream");
            assertThat(e.source()).startsWith(file + ":");
        });
        assertThat(items.get(items.size() - 1)).isInstanceOf(SourceError.class);
    }

    @Test
    void binaryFileNamedJsonlIsOneError() throws IOException {
        byte[] junk = new byte[20_000];
        new java.util.Random(3).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.jsonl"), junk);
        assertThat(readAll(new JsonlSource(file))).singleElement().isInstanceOfSatisfying(SourceError.class, e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.reason()).isEqualTo("binary content, not JSON Lines");
        });
    }

    @Test
    void emptyFileIsOneError() throws IOException {
        Path file = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        assertThat(readAll(new JsonlSource(file))).containsExactly(new SourceError(file.toString(), "empty file"));
    }

    /** Measurement, not a gate: streams the 20k-line KCNA dump from ../shared when it is there. */
    @Test
    void streamsTheKcnaDumpQuickly() {
        Path kcna = SharedData.find("corpus/kcna/kcna_2011_2012_en.jsonl.gz");
        Assumptions.assumeTrue(kcna != null, "../shared absent");
        long[] counts = new long[3];
        long start = System.nanoTime();
        new JsonlSource(kcna).read(item -> {
            if (item instanceof RawDocument d) {
                counts[0]++;
                counts[1] += d.bytes().length;
                if (d.date() != null) counts[2]++;
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("KCNA JSONL: %d documents, %.1f MB of text, %d dated, streamed in %d ms%n",
                counts[0], counts[1] / 1e6, counts[2], millis);
        assertThat(counts[0]).isGreaterThan(20_000);
        assertThat(counts[2]).isEqualTo(counts[0]);
        assertThat(millis).isLessThan(30_000);
    }

    @Test
    void aPageFieldThatIsNotAStringIsAnErrorLineNotAnEmptyArticle() throws IOException {
        Path file = SourceTesting.write(dir.resolve("typed.jsonl"),
                "{\"id\":\"n\",\"text\":12345}\n{\"id\":\"o\",\"html\":{\"p\":\"x\"}}\n{\"id\":\"s\",\"text\":\"A story.\"}\n");

        List<SourceItem> items = readAll(new JsonlSource(file));

        assertThat(errors(items)).extracting(SourceError::toString).containsExactly(
                file + ":1: \"text\" must be a string, not number", file + ":2: \"html\" must be a string, not object");
        assertThat(docs(items)).extracting(RawDocument::id).containsExactly("s");
    }
}
