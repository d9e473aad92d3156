package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.dateline.cli.eval.ReadBenchCommand;
import org.dateline.core.Pipeline;
import org.dateline.core.resources.ResourceFile;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline bench}: the whole per-document pipeline (read, language, time, quotes, events) over a corpus, and
 * in the same run the reference most event coders are built on: CoreNLP's default pipeline plus a dictionary event
 * coder (PETRARCH-style: a trigger verb with the nearest named entity before it as source and after it as target).
 * The subcommands measure single stages.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the whole pipeline (no subcommand) or one stage: articles/s, tokens/s, peak memory; "
                + "bench read: the HTML reader alone, pages/s and processor ms a page.",
        subcommands = {BenchIngestCommand.class, BenchLanguageCommand.class, BenchEventsCommand.class,
                BenchConnectCommand.class, ReadBenchCommand.class},
        footer = {"", "Example:", "  dateline bench --limit 2000 --reference-limit 20"})
final class BenchCommand implements Callable<Integer> {
    private static final Pattern TOKEN = Pattern.compile("\\w+(?:[-'.]\\w+)*|[^\\w\\s]");

    @Option(names = "--input", paramLabel = "FILE", defaultValue = "../shared/corpus/kcna/kcna_2011_2012_en.jsonl.gz",
            description = "JSON lines with text and date fields, optionally gzipped (default: ${DEFAULT-VALUE})") Path input;
    @Option(names = "--limit", defaultValue = "2000", description = "stories (default: ${DEFAULT-VALUE})") int limit;
    @Option(names = "--threads", description = "worker threads (default: one per core)") int threads =
            Runtime.getRuntime().availableProcessors();
    @Option(names = "--reference-limit", defaultValue = "20",
            description = "stories for the CoreNLP-default reference, the first of the same input; 0 skips it "
                    + "(it runs at about 40 tokens/s; default: ${DEFAULT-VALUE})") int referenceLimit;

    @Override public Integer call() throws Exception {
        List<Article> articles = BenchEventsCommand.read(input, limit);
        System.out.printf(Locale.ROOT, "bench: whole pipeline on %s, %,d stories, %d threads, %d cores%n", input,
                articles.size(), threads, Runtime.getRuntime().availableProcessors());
        double ours = ours(articles);
        // the reference is CoreNLP's English pipeline: it runs on English stories only
        List<Article> english = articles.stream().filter(Article::isEnglish).limit(referenceLimit).toList();
        if (referenceLimit > 0 && !english.isEmpty()) reference(english, ours);
        return 0;
    }

    /**
     * Our pipeline over the stories, printed; returns its articles/s. Its own method so that the pipeline and its
     * models (the Spanish ones too, when a story was Spanish) are unreachable when the reference loads its own.
     */
    private double ours(List<Article> articles) throws Exception {
        Measurement load = new Measurement();
        Pipeline pipeline = new Pipeline();
        pipeline.annotate(articles.get(0));
        System.out.printf(Locale.ROOT, "  model load %.1f s%n", load.seconds());

        Measurement m = new Measurement();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Annotated>> done = new ArrayList<>();
        for (Article a : articles) done.add(pool.submit(() -> pipeline.annotate(a)));
        long events = 0, entities = 0;
        for (Future<Annotated> f : done) {
            Annotated an = f.get();
            events += an.events().size();
            entities += an.entities().size();
        }
        pool.shutdown();
        double secs = m.seconds();
        long tokens = articles.stream().mapToLong(a -> tokens(a.body())).sum();
        double ours = articles.size() / secs;
        long spanish = articles.stream().filter(Pipeline::isSpanish).count();
        System.out.printf(Locale.ROOT, "  ours: %.1f articles/s (%,d of them Spanish), %,.0f tokens/s (%,d tokens in %.1f s); "
                + "%,d entities, %,d events; peak heap %s, peak RSS %s%n", ours, spanish, tokens / secs, tokens, secs,
                entities, events, Measurement.mb(Measurement.peakHeapBytes()), Measurement.mb(Measurement.peakRssBytes()));
        return ours;
    }

    private void reference(List<Article> sample, double ours) throws Exception {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,coref");
        StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
        Set<String> triggers = triggerVerbs();
        Measurement r = new Measurement();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> done = new ArrayList<>();
        for (Article a : sample) {
            done.add(pool.submit(() -> {
                Annotation doc = new Annotation(a.body());
                corenlp.annotate(doc);
                return new long[] {doc.get(CoreAnnotations.TokensAnnotation.class).size(), dictionaryEvents(doc, triggers)};
            }));
        }
        long tokens = 0, events = 0;
        for (Future<long[]> f : done) {
            tokens += f.get()[0];
            events += f.get()[1];
        }
        pool.shutdown();
        double secs = r.seconds();
        double theirs = sample.size() / secs;
        System.out.printf(Locale.ROOT, "  reference (CoreNLP tokenize,ssplit,pos,lemma,ner,parse,coref + dictionary coder, "
                        + "first %d English stories): %.2f articles/s, %,.0f tokens/s, %,d events; peak heap %s%n",
                sample.size(), theirs, tokens / secs, events, Measurement.mb(Measurement.peakHeapBytes()));
        System.out.printf(Locale.ROOT, "  ratio: ours is %.1fx the reference's articles/s%n", ours / theirs);
    }

    /** Trigger verb with a named entity before it (source) and after it (target), as dictionary coders do. */
    private static long dictionaryEvents(Annotation doc, Set<String> triggers) {
        long n = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < toks.size(); i++) {
                CoreLabel t = toks.get(i);
                if (!t.tag().startsWith("VB") || !triggers.contains(t.lemma())) continue;
                boolean before = toks.subList(0, i).stream().anyMatch(BenchCommand::named);
                boolean after = toks.subList(i + 1, toks.size()).stream().anyMatch(BenchCommand::named);
                if (before && after) n++;
            }
        }
        return n;
    }

    private static boolean named(CoreLabel t) {
        String ner = t.ner();
        return "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "COUNTRY".equals(ner) || "LOCATION".equals(ner);
    }

    private static Set<String> triggerVerbs() {
        Set<String> out = new HashSet<>();
        for (String[] f : ResourceFile.rows(Pipeline.class, "/org/dateline/core/event/triggers.tsv")) {
            if (f.length >= 2 && f[1].strip().equals("V")) out.add(f[0].strip());
        }
        return out;
    }

    private static long tokens(String body) {
        Matcher m = TOKEN.matcher(body);
        long n = 0;
        while (m.find()) n++;
        return n;
    }
}
