package org.dateline.cli;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.core.source.FeedPoller;
import org.dateline.core.source.SourceItem;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline watch}: polls a feed with conditional GET and ingests items not seen before. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Polls an RSS/Atom feed (ETag / Last-Modified conditional GET) and ingests new items (with entities, "
                + "events and the cross-article stage, unless --no-nlp) until stopped.",
        footer = {"", "Example:", "  dateline watch https://example.org/world/rss.xml --every 10m"})
final class WatchCommand implements Callable<Integer> {
    @Mixin DbOption db;
    @Parameters(paramLabel = "URL", description = "the feed URL") URI url;
    @Option(names = "--every", defaultValue = "10m", converter = DurationConverter.class,
            description = "poll interval: 30s, 10m, 1h (default: ${DEFAULT-VALUE})") Duration every;
    @Option(names = "--times", defaultValue = "0", description = "stop after this many polls (0: run until stopped)") int times;
    @Mixin NlpOptions nlp;

    @Override public Integer call() throws Exception {
        FeedPoller poller = new FeedPoller(url);
        Pipeline pipeline = new Pipeline();
        try (Store store = Store.open(db.db)) {
            for (int n = 1; times == 0 || n <= times; n++) {
                List<SourceItem> items = poller.poll();
                IngestSummary s;
                // like ingest: new items are annotated and the store re-connected, so a watched feed grows the record
                try (Ingester ingester = new Ingester(store, pipeline, System.err, new Progress(System.err, false), null,
                        nlp.nlpThreads())) {
                    ingester.withActorOverrides(nlp.overridesFor(db.db));
                    s = ingester.runItems(items);
                }
                System.err.printf("dateline watch: %s %s: %s%n", LocalTime.now().withNano(0), url, s);
                if (times != 0 && n == times) break;
                Thread.sleep(every.toMillis());
            }
        }
        return 0;
    }

    /** "30s", "10m", "1h", "1h30m" or ISO-8601 "PT10M". */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override public Duration convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            Duration d = Duration.parse(v.startsWith("P") ? v : "PT" + v);
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("interval must be positive: " + value);
            return d;
        }
    }
}
