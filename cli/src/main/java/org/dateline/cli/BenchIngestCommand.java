package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.dateline.core.Pipeline;
import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.SourceItem;
import org.dateline.core.source.Sources;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline bench ingest}: read and store (no NLP) speed and memory. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads and stores a corpus (no NLP) into a fresh store; prints articles/s and peak memory.",
        footer = {"", "Example:", "  dateline bench ingest --input stories.jsonl.gz"})
final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "SOURCE", defaultValue = "../shared/corpus/kcna/kcna_2011_2012_en.jsonl.gz",
            description = "what to ingest (default: ${DEFAULT-VALUE})") String input;
    @Option(names = "--db", paramLabel = "FILE", description = "store to write (default: a temporary file, deleted after)") Path db;
    @Option(names = "--limit", defaultValue = "0", description = "stop after this many documents (0: all)") int limit;

    @Override public Integer call() throws Exception {
        Path file = db != null ? db : Files.createTempFile("dateline-bench", ".db");
        if (db == null) Files.delete(file);
        Measurement m = new Measurement();
        IngestSummary s;
        try (Store store = Store.open(file)) {
            Ingester ingester = new Ingester(store, new Pipeline(), System.err, Progress.forTerminal(System.err), null);
            List<DocumentSource> sources = Sources.open(List.of(input), System.in);
            s = ingester.run(limit > 0 ? sources.stream().map(src -> limited(src, limit)).toList() : sources);
        } finally {
            if (db == null) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(file + suffix));
            }
        }
        double secs = m.seconds();
        System.out.printf(Locale.ROOT, "bench ingest: %s%n  %,d documents in %.1f s = %,.0f articles/s (read + store, no NLP)%n"
                        + "  peak heap %s, peak RSS %s, %d cores%n",
                input, s.read(), secs, s.read() / secs, Measurement.mb(Measurement.peakHeapBytes()),
                Measurement.mb(Measurement.peakRssBytes()), Runtime.getRuntime().availableProcessors());
        System.out.println("  " + s);
        return 0;
    }

    /** Stops delivering after {@code limit} items. */
    private static DocumentSource limited(DocumentSource src, int limit) {
        return new DocumentSource() {
            @Override public void read(Consumer<SourceItem> sink) {
                int[] n = {0};
                src.read(item -> { if (n[0]++ < limit) sink.accept(item); });
            }

            @Override public String name() { return src.name(); }

            @Override public void close() { src.close(); }
        };
    }
}
