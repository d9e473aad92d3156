package org.dateline.cli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.model.Article;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline eval extraction}: scores the HTML reader against an article-extraction gold set laid out as
 * {@code articles.json} (key -> title, authors, date, articleBody, url) plus {@code html/KEY.html.gz}.
 *
 * <p>Body text is scored as the article-extraction benchmarks do: precision, recall and F1 over bags of
 * white-space tokens, per document, then averaged. Title, authors and date are exact matches after light
 * normalisation (case and white space; author sets; dates as YYYY-MM-DD). Gold without a date ("NaT") is left
 * out of the date rate.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score the HTML article extractor on a gold set (articles.json + html/*.html.gz).")
public final class ExtractionEvalCommand implements Callable<Integer> {
    static final String DATASET = "dev/extraction/newspaper4k";

    @Option(names = "--dir", description = "gold set folder (default: <shared>/" + DATASET + ")")
    Path dir;

    @Option(names = "--limit", description = "score at most N documents")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--verbose", description = "list every document that misses on body, title, author or date")
    boolean verbose;

    /** Averages over the scored documents. */
    public record Result(int documents, int missingPages, int unreadable, double precision, double recall, double f1,
                         double title, double author, double date, int dated) {}

    /** Runs this command alone, outside the {@code dateline} root command. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new ExtractionEvalCommand()).execute(args));
    }

    @Override public Integer call() throws IOException {
        Path d = dir != null ? dir : defaultDir();
        if (d == null || !Files.isRegularFile(d.resolve("articles.json"))) {
            System.err.println("no gold set found (expected articles.json under " + (d == null ? "<shared>/" + DATASET : d)
                    + "); pass --dir");
            return 2;
        }
        long start = System.nanoTime();
        Result r = evaluate(d, limit, verbose ? System.out : null);
        print(r, d, (System.nanoTime() - start) / 1e9, System.out);
        return 0;
    }

    /** Scores up to {@code limit} documents; misses are listed on {@code verboseOut} when it is not null. */
    public static Result evaluate(Path dir, int limit, PrintStream verboseOut) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("articles.json").toFile());
        ArticleReader reader = new ArticleReader();
        int n = 0, missing = 0, unreadable = 0, dated = 0;
        double p = 0, r = 0, f = 0, title = 0, author = 0, date = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext() && n < limit; ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(page)) { missing++; continue; }
            JsonNode g = e.getValue();
            n++;
            Article a;
            try {
                RawDocument raw = RawDocument.of(page.toString(), gunzip(page)).withUrl(text(g, "url"))
                        .withFormat(RawDocument.Format.HTML);
                a = reader.read(raw);
            } catch (UnreadableDocumentException | IOException | RuntimeException ex) {
                unreadable++;
                if (verboseOut != null) verboseOut.println(e.getKey() + "  UNREADABLE " + ex);
                if (isDated(g)) dated++;
                continue;
            }
            double[] prf = bagOfWords(text(g, "articleBody"), a.body());
            p += prf[0]; r += prf[1]; f += prf[2];
            boolean tOk = normTitle(text(g, "title")).equals(normTitle(a.headline()));
            boolean aOk = authorSet(text(g, "authors")).equals(authorSet(a.byline()));
            boolean dOk = true;
            if (isDated(g)) {
                dated++;
                dOk = text(g, "date").substring(0, 10).equals(a.publicationDate());
                if (dOk) date++;
            }
            if (tOk) title++;
            if (aOk) author++;
            if (verboseOut != null && (prf[2] < 0.9 || !tOk || !aOk || !dOk)) {
                verboseOut.printf(Locale.ROOT, "%s  %s  P=%.2f R=%.2f F1=%.2f%n", e.getKey(), text(g, "url"), prf[0], prf[1], prf[2]);
                if (!tOk) verboseOut.printf("    title  gold=%s | got=%s%n", text(g, "title"), a.headline());
                if (!aOk) verboseOut.printf("    author gold=%s | got=%s%n", text(g, "authors"), a.byline());
                if (!dOk) verboseOut.printf("    date   gold=%s | got=%s %s%n", text(g, "date"), a.publicationDate(), a.dateCandidates());
            }
        }
        int scored = Math.max(1, n);
        return new Result(n, missing, unreadable, p / scored, r / scored, f / scored, title / scored, author / scored,
                dated == 0 ? 0 : date / dated, dated);
    }

    static void print(Result r, Path dir, double seconds, PrintStream out) {
        out.printf(Locale.ROOT, "Extraction evaluation: %d documents from %s (%d listed without a page, %d unreadable), %.1f s%n",
                r.documents(), dir, r.missingPages(), r.unreadable(), seconds);
        out.println("metric              score      n");
        out.println("------------------  -----  -----");
        row(out, "body precision", r.precision(), r.documents());
        row(out, "body recall", r.recall(), r.documents());
        row(out, "body F1", r.f1(), r.documents());
        row(out, "title exact", r.title(), r.documents());
        row(out, "author exact", r.author(), r.documents());
        row(out, "date exact", r.date(), r.dated());
    }

    private static void row(PrintStream out, String name, double v, int n) {
        out.printf(Locale.ROOT, "%-18s  %.3f  %5d%n", name, v, n);
    }

    /** Precision, recall and F1 of the extracted text's token bag against the gold's; empty vs empty is perfect. */
    static double[] bagOfWords(String gold, String got) {
        Map<String, Integer> bag = new HashMap<>();
        String[] g = tokens(gold), x = tokens(got);
        if (g.length == 0 && x.length == 0) return new double[] {1, 1, 1};
        for (String t : g) bag.merge(t, 1, Integer::sum);
        int common = 0;
        for (String t : x) {
            Integer c = bag.get(t);
            if (c != null && c > 0) { common++; bag.put(t, c - 1); }
        }
        if (common == 0) return new double[] {0, 0, 0};
        double p = (double) common / x.length, r = (double) common / g.length;
        return new double[] {p, r, 2 * p * r / (p + r)};
    }

    private static String[] tokens(String s) {
        if (s == null || s.isBlank()) return new String[0];
        return s.strip().split("\\s+");
    }

    static String normTitle(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201b`\u00b4]", "'").replaceAll("[\u201c\u201d\u201e]", "\"")
                .replaceAll("[\u2010-\u2015]", "-").replaceAll("\\s+", " ").strip();
    }

    static Set<String> authorSet(String s) {
        if (s == null || s.isBlank()) return Set.of();
        return Arrays.stream(s.split("\\s*(?:,|;|\\band\\b)\\s*")).map(ExtractionEvalCommand::normTitle)
                .filter(x -> !x.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isDated(JsonNode g) {
        String d = text(g, "date");
        return d != null && d.length() >= 10 && Character.isDigit(d.charAt(0));
    }

    private static String text(JsonNode g, String field) {
        JsonNode v = g.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    /** The gold set under shared/: the dateline.shared property, else ../shared, ../../shared or ./shared. */
    static Path defaultDir() {
        String prop = System.getProperty("dateline.shared");
        for (String base : new String[] {prop, "../shared", "../../shared", "shared", "/work/shared"}) {
            if (base == null) continue;
            Path d = Path.of(base).resolve(DATASET);
            if (Files.isRegularFile(d.resolve("articles.json"))) return d.toAbsolutePath().normalize();
        }
        return null;
    }
}
