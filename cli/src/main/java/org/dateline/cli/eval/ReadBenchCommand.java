package org.dateline.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline bench read}: how fast the HTML reader reads (fields, body, dates, page type; no language work), on
 * the pages of an extraction gold set. The pages are unpacked into memory first, read a few times to let the
 * compiler settle, then read again and timed round by round, by the reading thread's processor time as well as by
 * the wall clock: on a shared machine the wall clock also counts every other job's turns, so the processor time
 * is the figure that compares two versions of the reader. {@code --dump} writes every page's whole read, one JSON
 * line a page, so that a change meant to be faster only can be shown to read every page the same ({@code diff}).
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Reads the pages of an extraction gold set (default newspaper4k) as annotate --no-nlp does, "
                + "after warm-up rounds, and prints processor ms a page and pages/s (processor and wall time) per round "
                + "and for the best and median rounds.",
                "With --dump FILE it writes each page's whole read as a JSON line, to diff two versions of the reader."},
        footer = {"", "Example:", "  dateline bench read --set newspaper4k --rounds 5 --dump /tmp/read.jsonl"})
public final class ReadBenchCommand implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "NAME", defaultValue = "newspaper4k",
            description = "a gold set under <shared>/" + ExtractionEvalCommand.SETS + " (default: ${DEFAULT-VALUE})")
    String set;

    @Option(names = "--dir", paramLabel = "DIR", description = "a gold set folder (instead of --set)")
    Path dir;

    @Option(names = "--limit", description = "read at most N pages of the set")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed rounds first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--dump", paramLabel = "FILE", description = "write every page's read (article fields, body, "
            + "date candidates, page type and reason) as one JSON line a page, in the set's order")
    Path dump;

    private record Page(GoldPage gold, byte[] bytes) {}

    @Override public Integer call() throws IOException {
        Path d = dir;
        if (d == null) {
            Path root = ExtractionEvalCommand.sharedSets();
            d = root == null ? null : root.resolve(set);
        }
        if (d == null || !GoldSets.isGoldSet(d)) {
            System.err.println("bench read: no gold set at " + (d == null ? "<shared>/" + ExtractionEvalCommand.SETS
                    + "/" + set : d) + "; pass --set or --dir");
            return 2;
        }
        List<Page> pages = new ArrayList<>();
        for (GoldPage g : GoldSets.load(d).pages()) {
            if (pages.size() >= limit) break;
            try {
                pages.add(new Page(g, g.bytes()));
            } catch (IOException e) {
                System.err.println("bench read: " + g.page() + ": " + e.getMessage());
            }
        }
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        System.out.printf(Locale.ROOT, "bench read: %s, %,d pages (%,.1f MB of HTML), %d warm-up and %d timed rounds%n",
                d, pages.size(), bytes / 1e6, warmup, rounds);
        ArticleReader reader = new ArticleReader();
        if (dump != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
                ObjectMapper json = new ObjectMapper();
                for (Page p : pages) out.println(json.writeValueAsString(dumped(json, p, reader)));
            }
        }
        for (int r = 0; r < warmup; r++) round(reader, pages);
        double[] cpu = new double[rounds], wall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long wall0 = System.nanoTime(), cpu0 = ReadingClock.cpuNanos();
            int failed = round(reader, pages);
            cpu[r] = (ReadingClock.cpuNanos() - cpu0) / 1e6;
            wall[r] = (System.nanoTime() - wall0) / 1e6;
            System.out.printf(Locale.ROOT, "  round %d: %s%s%n", r + 1, figures(cpu[r], wall[r], pages.size()),
                    failed == 0 ? "" : ", " + failed + " unreadable");
        }
        if (rounds > 0) {
            double[] c = cpu.clone(), w = wall.clone();
            Arrays.sort(c);
            Arrays.sort(w);
            System.out.printf(Locale.ROOT, "  best:   %s%n", figures(c[0], w[0], pages.size()));
            System.out.printf(Locale.ROOT, "  median: %s%n", figures(c[rounds / 2], w[rounds / 2], pages.size()));
        }
        return 0;
    }

    private static String figures(double cpuMs, double wallMs, int pages) {
        return String.format(Locale.ROOT, "CPU %.2f ms/page = %.1f pages/s; wall %.2f ms/page = %.1f pages/s",
                cpuMs / pages, 1000 * pages / Math.max(1e-9, cpuMs), wallMs / pages, 1000 * pages / Math.max(1e-9, wallMs));
    }

    /** Reads every page once; returns how many could not be read. */
    private static int round(ArticleReader reader, List<Page> pages) {
        int failed = 0;
        for (Page p : pages) {
            try {
                read(reader, p);
            } catch (UnreadableDocumentException | RuntimeException e) {
                failed++;
            }
        }
        return failed;
    }

    private static ReadPage read(ArticleReader reader, Page p) throws UnreadableDocumentException {
        return reader.readPage(p.gold().document(p.bytes()));
    }

    private static ObjectNode dumped(ObjectMapper json, Page p, ArticleReader reader) {
        ObjectNode o = json.createObjectNode();
        o.put("id", p.gold().id());
        try {
            ReadPage page = read(reader, p);
            o.put("page_type", page.pageType().type().spelling());
            o.put("page_type_reason", page.pageType().reason());
            o.set("article", json.valueToTree(page.article()));
        } catch (UnreadableDocumentException | RuntimeException e) {
            o.put("unreadable", e.toString());
        }
        return o;
    }
}
