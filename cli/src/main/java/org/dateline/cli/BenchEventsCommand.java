package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.core.source.RawDocument;
import org.dateline.core.event.ActorDictionary;
import org.dateline.core.event.EventCoder;
import org.dateline.core.language.Analysis;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.LanguageAnalyzer;
import org.dateline.core.read.draft.LanguageGuesser;
import org.dateline.model.Article;
import org.dateline.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline bench events}: speed of event coding on top of the language layer, and its parse share. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Runs language, time and event stages on stories of a JSONL(.gz) file; prints articles/s, "
                + "tokens/s, the share of sentences parsed, the event stage's own time, and peak heap.",
        footer = {"", "Example:", "  dateline bench events --limit 2000"})
final class BenchEventsCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", defaultValue = "../shared/corpus/kcna/kcna_2011_2012_en.jsonl.gz",
            description = "JSON lines with text and date fields, optionally gzipped (default: ${DEFAULT-VALUE})") Path input;
    @Option(names = "--limit", defaultValue = "2000", description = "stories (default: ${DEFAULT-VALUE})") int limit;

    @Override public Integer call() throws Exception {
        List<Article> articles = read(input, limit);
        System.out.printf(Locale.ROOT, "bench events: %s, %,d stories, %d cores%n", input, articles.size(),
                Runtime.getRuntime().availableProcessors());
        Measurement load = new Measurement();
        Pipeline pipeline = new Pipeline();
        LanguageAnalyzer analyzer = LanguageAnalyzer.standard();
        EventCoder coder = new EventCoder(analyzer.models(), Gazetteer.standard(), ActorDictionary.empty());
        Article warm = article("w", "2011-01-01", "Seoul said it would meet Pyongyang for talks on Friday.");
        coder.code(warm, analyzer.analyze(warm).sentences(), List.of(), List.of()); // loads tagger and parser
        System.out.printf(Locale.ROOT, "  model load %.1f s%n", load.seconds());
        long seen0 = coder.sentencesSeen(), parsed0 = coder.sentencesParsed();
        Measurement m = new Measurement();
        long tokens = 0, events = 0, eventNanos = 0;
        for (Article a : articles) {
            Analysis an = analyzer.analyze(a);
            List<TimeExpression> tx = pipeline.timexes(a);
            long t0 = System.nanoTime();
            events += coder.code(a, an.sentences(), an.entities(), tx).size();
            eventNanos += System.nanoTime() - t0;
            tokens += an.tokenCount();
        }
        double secs = m.seconds(), evSecs = eventNanos / 1e9;
        long seen = coder.sentencesSeen() - seen0, parsed = coder.sentencesParsed() - parsed0;
        System.out.printf(Locale.ROOT, "  all stages: %,d tokens in %.1f s = %,.0f tokens/s, %.2f articles/s%n",
                tokens, secs, tokens / secs, articles.size() / secs);
        System.out.printf(Locale.ROOT, "  event stage alone: %.1f s (%.0f%% of the total) = %,.0f tokens/s, %.2f articles/s%n",
                evSecs, 100 * evSecs / secs, tokens / evSecs, articles.size() / evSecs);
        System.out.printf(Locale.ROOT, "  sentences %,d, parsed %,d (%.1f%%); events %,d (%.2f per story)%n", seen, parsed,
                100.0 * parsed / Math.max(1, seen), events, (double) events / Math.max(1, articles.size()));
        System.out.printf(Locale.ROOT, "  peak heap %s, peak RSS %s%n", Measurement.mb(Measurement.peakHeapBytes()),
                Measurement.mb(Measurement.peakRssBytes()));
        return 0;
    }

    /** A story as the readers would give it: its language guessed from its text, so Spanish stories take their path. */
    private static Article article(String id, String date, String body) {
        return new Article(id, "bench", null, null, null, null, null, null, date, false, List.of(), null, null,
                LanguageGuesser.guess(body), body, "");
    }

    static List<Article> read(Path file, int limit) {
        List<Article> out = new ArrayList<>();
        for (RawDocument d : BenchInput.jsonl(file, limit)) {
            out.add(article("kcna-" + out.size(), d.date() == null ? null : d.date().toString(), BenchInput.text(d)));
        }
        return out;
    }
}
