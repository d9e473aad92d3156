package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.dateline.core.Pipeline;
import org.dateline.core.source.JsonlSource;
import org.dateline.core.source.Sources;
import org.dateline.store.Store;

/**
 * annotate reads no more than ingest does (one page or one JSON line of at most 64 MB), and a document too long for
 * the language stages is refused by annotate and stored without annotations by ingest, each with one clear line.
 * The oversized inputs are generated as they are read, never held whole.
 */
class InputLimitsTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** {@code length} bytes of "word word ...", made as they are read. */
    private static InputStream words(long length) {
        return new InputStream() {
            private long given;

            @Override public int read() {
                return given < length ? "word ".charAt((int) (given++ % 5)) : -1;
            }

            @Override public int read(byte[] b, int off, int len) {
                if (given >= length) return -1;
                int n = (int) Math.min(len, length - given);
                for (int i = 0; i < n; i++) b[off + i] = (byte) "word ".charAt((int) (given++ % 5));
                return n;
            }
        };
    }

    private int annotate(InputStream stdin, String... args) {
        CommandLine cl = new CommandLine(new AnnotateCommand(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return cl.execute(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPageLargerThanIngestReadsIsRefusedWithOneLine() {
        int exit = annotate(words(Sources.MAX_DOCUMENT + 1L), "-");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).isEqualTo("dateline annotate: stdin: larger than 64 MB, not read as one document" + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void aJsonLineLongerThanIngestReadsCostsThatLineOnly() {
        InputStream lines = new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8)),
                words(JsonlSource.MAX_LINE)),
                new ByteArrayInputStream("\"}\n{\"id\":\"next\"}\n".getBytes(StandardCharsets.UTF_8)));

        int exit = annotate(lines, "--jsonl", "-");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("stdin:1: line longer than 64 MB, skipped").contains("stdin:2: no \"text\" or \"html\" field");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2).allMatch(l -> l.contains("\"error\""));
    }

    @Test
    void aBodyTooLongForTheLanguageStagesIsRefusedBeforeTheyRun() {
        int exit = annotate(words(Pipeline.MAX_ANALYSED_CHARS + 10L), "-");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("stdin: body of ").contains("longer than the 1,000,000 the language stages analyse");
    }

    @Test
    void ingestStoresABodyTooLongToAnalyseWithoutAnnotationsAndSaysSo() throws Exception {
        byte[] page = words(Pipeline.MAX_ANALYSED_CHARS + 10L).readAllBytes();
        try (Store store = Store.open(dir.resolve("i.db"));
             Ingester ingester = new Ingester(store, new Pipeline(), new PrintStream(err, true, StandardCharsets.UTF_8),
                     new Progress(System.err, false), null, 1)) {
            IngestSummary summary = ingester.run(List.of(Sources.document("big.txt", () -> new ByteArrayInputStream(page))));

            assertThat(summary.failed()).isEqualTo(1);
            assertThat(err()).contains("big.txt: body of ").contains("stored without annotations");
            assertThat(store.stats().articles()).isEqualTo(1);
        }
    }
}
