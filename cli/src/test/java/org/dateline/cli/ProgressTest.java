package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.JsonlSource;

class ProgressTest {
    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, now::get);

    private static DocumentSource jsonl(String text) {
        return new JsonlSource("test.jsonl", () -> new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test void itSaysModelsAreLoadingUntilTheFirstDocumentComesOut() {
        progress.update(new IngestSummary(40, 0, 0, 0));
        progress.loadingModels();
        assertThat(progress.line()).startsWith("ingest: loading models").contains("40 read");
        progress.processed();
        assertThat(progress.line()).doesNotContain("loading");
    }

    @Test void theBarCountsProcessedDocumentsAgainstTheTotalWithRateAndTimeLeft() {
        progress.expecting(List.of(jsonl("{\"id\":1}\n{\"id\":2}\n\n" + "{\"id\":3}\n".repeat(98))));
        progress.update(new IngestSummary(100, 0, 0, 1));                 // all read already: not what counts
        progress.loadingModels();
        now.addAndGet(30_000_000_000L);                                    // 30 s of loading, not in the rate
        progress.processed();
        for (int i = 1; i < 25; i++) progress.processed();
        now.addAndGet(10_000_000_000L);
        assertThat(progress.line()).isEqualTo("ingest: [######..................]  25%  25/100  2.5 docs/s  ETA 0:30  1 failed");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\r");
    }

    @Test void noRateIsShownBeforeASecondOfWork() {
        progress.processed();
        now.addAndGet(1_000_000L);
        assertThat(progress.line()).startsWith("ingest: 1 processed  - docs/s");
    }

    @Test void withoutAKnownTotalItCountsInstead() {
        progress.expecting(List.of(jsonl("{}\n"), new DocumentSource() {
            @Override public void read(java.util.function.Consumer<org.dateline.core.source.SourceItem> sink) {}
            @Override public String name() { return "stdin"; }
        }));
        progress.processed();
        now.addAndGet(2_000_000_000L);
        assertThat(progress.line()).startsWith("ingest: 1 processed  0.5 docs/s");
    }

    @Test void offATerminalItDrawsNothing() {
        Progress quiet = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, now::get);
        quiet.loadingModels();
        quiet.processed();
        quiet.done();
        assertThat(bytes.size()).isZero();
    }
}
