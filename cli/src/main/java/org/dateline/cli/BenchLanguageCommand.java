package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.dateline.core.language.Analysis;
import org.dateline.core.language.LanguageAnalyzer;
import org.dateline.core.quote.QuoteFinder;
import org.dateline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline bench language}: speed and memory of the language layer, optionally against CoreNLP's default. */
@Command(name = "language", mixinStandardHelpOptions = true,
        description = "Runs the language layer (tokens, POS, lemmas, NER, gazetteer, roles, coreference, quotes) on "
                + "stories of a JSONL(.gz) file; prints tokens/s, articles/s and peak heap.",
        footer = {"", "Example:", "  dateline bench language --limit 2000 --reference --reference-limit 100"})
final class BenchLanguageCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", defaultValue = "../shared/corpus/kcna/kcna_2011_2012_en.jsonl.gz",
            description = "JSON lines with a text (or body) field, optionally gzipped (default: ${DEFAULT-VALUE})") Path input;
    @Option(names = "--limit", defaultValue = "2000", description = "stories to analyse (default: ${DEFAULT-VALUE})") int limit;
    @Option(names = "--reference", description = "also run CoreNLP's default pipeline "
            + "(tokenize,ssplit,pos,lemma,ner,parse,coref) and print the speed ratio") boolean reference;
    @Option(names = "--reference-limit", defaultValue = "100",
            description = "stories for the reference run, the first of the same input (default: ${DEFAULT-VALUE})") int referenceLimit;

    @Override public Integer call() throws Exception {
        List<String> texts = read(input, limit);
        System.out.printf(Locale.ROOT, "bench language: %s, %,d stories, %d cores%n", input, texts.size(),
                Runtime.getRuntime().availableProcessors());
        Measurement load = new Measurement();
        LanguageAnalyzer analyzer = LanguageAnalyzer.standard();
        analyzer.analyze(article("Warm-up: Seoul said it would talk.")); // loads the models
        System.out.printf(Locale.ROOT, "  model load %.1f s%n", load.seconds());
        Measurement m = new Measurement();
        long tokens = 0, entities = 0, quotes = 0;
        for (String t : texts) {
            Analysis a = analyzer.analyze(article(t));
            tokens += a.tokenCount();
            entities += a.entities().size();
            quotes += QuoteFinder.find(t, a.sentences()).size();
        }
        double secs = m.seconds();
        double ours = tokens / secs;
        System.out.printf(Locale.ROOT, "  ours: %,d tokens in %.1f s = %,.0f tokens/s, %.1f articles/s; %,d entities, %,d quotes%n"
                        + "  peak heap %s, peak RSS %s%n", tokens, secs, ours, texts.size() / secs, entities, quotes,
                Measurement.mb(Measurement.peakHeapBytes()), Measurement.mb(Measurement.peakRssBytes()));
        if (reference) {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,coref");
            StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
            List<String> subset = texts.subList(0, Math.min(referenceLimit, texts.size()));
            Measurement r = new Measurement();
            long refTokens = 0;
            for (String t : subset) {
                Annotation doc = new Annotation(t);
                corenlp.annotate(doc);
                refTokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
            }
            double rs = r.seconds();
            System.out.printf(Locale.ROOT, "  reference (CoreNLP default, first %d stories): %,d tokens in %.1f s = %,.0f tokens/s;"
                    + " ours is %.1fx faster; peak heap %s%n", subset.size(), refTokens, rs, refTokens / rs,
                    ours / (refTokens / rs), Measurement.mb(Measurement.peakHeapBytes()));
        }
        return 0;
    }

    private static Article article(String body) {
        return new Article("bench", "bench", null, null, null, null, null, null, null, false, List.of(), null, null,
                "en", body, "");
    }

    static List<String> read(Path file, int limit) {
        return BenchInput.jsonl(file, limit).stream().map(BenchInput::text).toList();
    }
}
