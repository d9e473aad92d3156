package org.dateline.cli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline eval extraction}: scores the HTML reader against extraction gold sets: newspaper4k's
 * ({@code articles.json} + {@code html/KEY.html.gz}), WCXB's ({@code ground-truth.jsonl.gz} + {@code html/}) and
 * htmldate's ({@code dates.json} + {@code pages/}); see {@link GoldSets}.
 *
 * <p>Body text is scored as the article-extraction benchmarks do: precision, recall and F1 over bags of
 * white-space tokens, per document, then averaged. Title, authors and date are exact matches after light
 * normalisation (case and white space; author sets; dates as YYYY-MM-DD). Dates are counted as htmldate counts
 * them (right, wrong, none). Every set is split in two halves by a stable hash of the page id: tune on half A,
 * report both. Pages whose gold describes another version of the page than the stored one are also shown apart.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Score the HTML reader on extraction gold sets: body word F1 (per page type where the set has "
                + "types), title, author, date right/wrong/none and the origin of the chosen date, for all pages and "
                + "for halves A and B (by a stable hash of the page id: tune on A, report both).",
                "By default every set found under <shared>/" + ExtractionEvalCommand.SETS + "."})
public final class ExtractionEvalCommand implements Callable<Integer> {
    static final String SETS = "dev/extraction";
    static final String DATASET = SETS + "/newspaper4k";

    @Option(names = "--dir", description = "one gold set folder (default: every set under <shared>/" + SETS + ")")
    Path dir;

    @Option(names = "--set", split = ",", paramLabel = "NAME",
            description = "only these sets under <shared>/" + SETS + " (e.g. newspaper4k,wcxb-dev,htmldate-dev)")
    List<String> sets;

    @Option(names = "--limit", description = "score at most N documents of each set")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--no-nlp", description = "accepted for symmetry with ingest and annotate: extraction is always "
            + "scored on reading alone")
    boolean noNlp;

    @Option(names = "--verbose", description = "list every document that misses on body, title, author or date")
    boolean verbose;

    @Option(names = "--list", split = ",", paramLabel = "FIELD", description = "list the misses of these fields only "
            + "(body, title, author, date, type; case-insensitive), e.g. --list title,author --half A")
    List<String> list;

    @Option(names = "--half", paramLabel = "A|B", description = "list the misses of this half only (with --verbose or --list)")
    Character half;

    @Option(names = "--pages", paramLabel = "DIR", description = "write every page's scores (DIR/SET/pages.tsv) and its "
            + "gold and read bodies (DIR/SET/ID.gold.txt, ID.got.txt), to read the worst pages")
    Path pages;

    /** Averages over the scored documents. */
    public record Result(int documents, int missingPages, int unreadable, double precision, double recall, double f1,
                         double title, double author, double date, int dated) {}

    /** Runs this command alone, outside the {@code dateline} root command. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new ExtractionEvalCommand()).execute(args));
    }

    @Override public Integer call() throws IOException {
        List<Path> dirs = new ArrayList<>();
        if (dir != null) {
            dirs.add(dir);
        } else {
            Path root = sharedSets();
            if (root != null) {
                try (Stream<Path> s = Files.list(root)) {
                    s.filter(GoldSets::isGoldSet).sorted().forEach(dirs::add);
                }
                if (sets != null) dirs.removeIf(d -> !sets.contains(d.getFileName().toString()));
            }
        }
        if (dirs.isEmpty() || !dirs.stream().allMatch(GoldSets::isGoldSet)) {
            System.err.println("no gold set found (expected articles.json, ground-truth.jsonl.gz or dates.json under "
                    + (dir == null ? "<shared>/" + SETS + "/*" : dir) + "); pass --dir or --set");
            return 2;
        }
        MissListing listing;
        try {
            listing = MissListing.of(System.out, verbose, MissListing.fields(list), half);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        for (Path d : dirs) {
            long start = System.nanoTime();
            ExtractionRun run;
            try (PageDump dump = PageDump.of(pages, d.getFileName().toString())) {
                run = ExtractionRun.of(GoldSets.load(d), limit, listing, dump);
            }
            ExtractionReport.print(run, (System.nanoTime() - start) / 1e9, System.out);
        }
        return 0;
    }

    /** Scores up to {@code limit} documents of one set; misses are listed on {@code verboseOut} when it is not null. */
    public static Result evaluate(Path dir, int limit, PrintStream verboseOut) throws IOException {
        ExtractionRun run = ExtractionRun.of(GoldSets.load(dir), limit,
                verboseOut == null ? null : MissListing.every(verboseOut), null);
        ExtractionTally t = run.groups.get("all");
        return new Result(t.documents, run.missing, t.unreadable, t.body(t.precision), t.body(t.recall), t.body(t.f1),
                t.title(), t.author(), t.dateAccuracy(), t.dated());
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

    /**
     * A title as titles are compared: NFKC, lower case, curly quotes and accents as straight quotes, dashes as hyphens,
     * runs of white space ({@code \s}) as one space, stripped. One pass over the characters, as the gold-version test
     * normalises whole pages with it.
     */
    static String normTitle(String s) {
        if (s == null) return "";
        String lower = (Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (space) {
                if (!inSpace) out.append(' ');
            } else if (c == '\u2018' || c == '\u2019' || c == '\u201b' || c == '`' || c == '\u00b4') {
                out.append('\'');
            } else if (c == '\u201c' || c == '\u201d' || c == '\u201e') {
                out.append('"');
            } else if (c >= '\u2010' && c <= '\u2015') {
                out.append('-');
            } else {
                out.append(c);
            }
            inSpace = space;
        }
        return out.toString().strip();
    }

    static Set<String> authorSet(String s) {
        if (s == null || s.isBlank()) return Set.of();
        return Arrays.stream(s.split("\\s*(?:,|;|\\band\\b)\\s*")).map(ExtractionEvalCommand::normTitle)
                .filter(x -> !x.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The newspaper4k gold set under shared/, or null. */
    static Path defaultDir() {
        Path root = sharedSets();
        Path d = root == null ? null : root.resolve("newspaper4k");
        return d != null && GoldSets.isGoldSet(d) ? d : null;
    }

    /**
     * The gold sets' folder under shared/: the dateline.shared property, else ../shared, ../../shared or ./shared
     * from the working folder, else the shared folder beside the installation (dateline.home/../shared).
     */
    static Path sharedSets() {
        String prop = System.getProperty("dateline.shared");
        String home = System.getProperty("dateline.home");
        String besideHome = home == null ? null : Path.of(home).resolve("../shared").toString();
        for (String base : new String[] {prop, "../shared", "../../shared", "shared", besideHome}) {
            if (base == null) continue;
            Path d = Path.of(base).resolve(SETS);
            if (Files.isDirectory(d)) return d.toAbsolutePath().normalize();
        }
        return null;
    }
}
