package org.dateline.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.Sources;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline ingest}: files, folders, globs, URLs, feeds, WARC and JSON Lines into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads pages (wire text, HTML), RSS/Atom feeds, WARC(.gz) files and JSON Lines into the store.",
                "Finds entities, time expressions, quotes and events in each (unless --no-nlp), then connects them across articles.",
                "A document already stored is not stored again. Exit code 1 when some inputs failed."},
        footer = {"", "Examples:", "  dateline ingest examples/", "  dateline ingest --no-nlp --db big.db corpus.jsonl.gz", "  dateline ingest --db news.db 'crawl/*.warc.gz'",
                "  dateline ingest ../shared/corpus/kcna/kcna_2011_2012_en.jsonl.gz", "  cat page.html | dateline ingest -"})
final class IngestCommand implements Callable<Integer> {
    @Mixin DbOption db;
    @Parameters(paramLabel = "SOURCE", arity = "1..*",
            description = "files, folders, globs, http(s) URLs, or - for standard input") List<String> sources;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date to assume for documents that give none")
    LocalDate date;
    @Mixin NlpOptions nlp;
    @Option(names = "--every-page", description = "code events from every page; by default listings, forum threads "
            + "and product pages are stored with their text but not coded, and articles that report no public affairs "
            + "(sport, products, leisure, how-to) get no events")
    boolean everyPage;

    @Override public Integer call() throws Exception {
        try (Store store = Store.open(db.db)) {
            List<DocumentSource> opened = Sources.open(sources, System.in);
            Progress progress = Progress.forTerminal(System.err);
            if (progress.enabled()) progress.expecting(opened);
            try (Ingester ingester = new Ingester(store, new Pipeline(), System.err, progress, date, nlp.nlpThreads())) {
                ingester.withActorOverrides(nlp.overridesFor(db.db)).codingEveryPage(everyPage);
                long started = System.nanoTime();
                IngestSummary s = ingester.run(opened);
                double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                System.err.println("dateline ingest: " + s + (ingester.connected() == null ? ""
                        : "; " + ingester.connected().events().size() + " story events")
                        + (ingester.withheld() == 0 ? "" : "; " + ingester.withheld()
                                + " pages reporting no public affairs got no events (--every-page codes them)")
                        + String.format(Locale.ROOT, " in %.1f s (%.1f articles/s)", secs, s.read() / secs)
                        + " (store: " + db.db + ")");
                return s.failed() == 0 ? 0 : 1;
            }
        }
    }
}
