package org.dateline.cli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.dateline.core.read.ArticleReader;
import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.model.Article;

/**
 * One gold set read and scored: tallies for all pages, for halves A and B (tune on A, report both), for the pages
 * whose gold describes the stored page and for those whose gold describes another version of it, and for each gold page type within each half. Reading time is
 * measured apart from loading and scoring.
 */
final class ExtractionRun {
    final String name;
    final int missing;
    final Map<String, ExtractionTally> groups = new LinkedHashMap<>();
    /** page type -> half ("A", "B", "all") -> tally. */
    final Map<String, Map<String, ExtractionTally>> byType = new TreeMap<>();
    /** How many pages' gold describes another version of the page, by the first way it differs. */
    final Map<GoldVersion.Difference, Integer> differences = new EnumMap<>(GoldVersion.Difference.class);
    long readNanos;
    /**
     * Processor time of the reading thread, apart from wall time: on a machine shared with other jobs the wall
     * clock also counts their turns, while this counts only the reader's own work.
     */
    long readCpuNanos;

    private ExtractionRun(String name, int missing) {
        this.name = name;
        this.missing = missing;
        for (String g : new String[] {"all", "A", "B", "gold matches", "gold differs"}) groups.put(g, new ExtractionTally());
    }

    static ExtractionRun of(GoldSets.Loaded set, int limit, MissListing verbose) {
        return of(set, limit, verbose, null);
    }

    /**
     * Reads and scores up to {@code limit} pages of a set; misses are listed as {@code verbose} asks when it is not
     * null, and every page's scores and bodies go to {@code dump} when it is not null.
     */
    static ExtractionRun of(GoldSets.Loaded set, int limit, MissListing verbose, PageDump dump) {
        ExtractionRun run = new ExtractionRun(set.name(), set.missing());
        ArticleReader reader = new ArticleReader();
        int n = 0;
        for (GoldPage g : set.pages()) {
            if (n++ >= limit) break;
            run.score(reader, g, verbose, dump);
        }
        return run;
    }

    private void score(ArticleReader reader, GoldPage g, MissListing verbose, PageDump dump) {
        byte[] bytes;
        Article a = null;
        PageType.Judged type = null;
        String failure = null;
        try {
            bytes = g.bytes();
        } catch (IOException e) {
            tallies(g, false).forEach(t -> t.addUnreadable(g));
            if (verbose != null && verbose.lists(g)) verbose.out().println(g.id() + "  UNREADABLE " + e);
            return;
        }
        long start = System.nanoTime();
        long cpuStart = ReadingClock.cpuNanos();
        try {
            ReadPage page = reader.readPage(g.document(bytes));
            a = page.article();
            type = page.pageType();
        } catch (UnreadableDocumentException | RuntimeException e) {
            failure = e.toString();
        }
        readNanos += System.nanoTime() - start;
        readCpuNanos += ReadingClock.cpuNanos() - cpuStart;
        // the page's text, decoded once for the two scoring checks (never part of the reading timed above)
        String html = new String(bytes, StandardCharsets.UTF_8);
        GoldVersion.Difference difference = GoldVersion.of(g, html);
        boolean differs = difference != GoldVersion.Difference.NONE;
        if (differs) differences.merge(difference, 1, Integer::sum);
        DateMiss dateMiss = a == null ? DateMiss.NONE
                : DateMiss.of(g.date(), a.publicationDate(), html);
        for (ExtractionTally t : tallies(g, differs)) {
            if (a == null) t.addUnreadable(g); else t.add(g, a, type.type(), dateMiss);
        }
        if (verbose != null && verbose.lists(g)) listMiss(g, a, type, failure, difference, dateMiss, verbose);
        if (dump != null) dump.add(g, a, type);
    }

    private List<ExtractionTally> tallies(GoldPage g, boolean differs) {
        String half = String.valueOf(g.half());
        List<ExtractionTally> out = new ArrayList<>();
        out.add(groups.get("all"));
        out.add(groups.get(half));
        out.add(groups.get(differs ? "gold differs" : "gold matches"));
        if (g.pageType() != null) {
            Map<String, ExtractionTally> t = byType.computeIfAbsent(g.pageType(), k -> new LinkedHashMap<>());
            out.add(t.computeIfAbsent("all", k -> new ExtractionTally()));
            out.add(t.computeIfAbsent(half, k -> new ExtractionTally()));
        }
        return out;
    }

    private static void listMiss(GoldPage g, Article a, PageType.Judged type, String failure,
                                 GoldVersion.Difference differs, DateMiss dateMiss,
                                 MissListing listing) {
        PrintStream out = listing.out();
        if (a == null) {
            out.println(g.id() + "  UNREADABLE " + failure);
            return;
        }
        double[] prf = g.body() == null ? new double[] {1, 1, 1} : ExtractionEvalCommand.bagOfWords(g.body(), a.body());
        boolean bOk = prf[2] >= 0.9 || !listing.lists(MissListing.Field.BODY);
        boolean tOk = g.title() == null || ExtractionTally.titleRight(g, a) || !listing.lists(MissListing.Field.TITLE);
        boolean aOk = g.authors() == null || ExtractionTally.authorRight(g, a) || !listing.lists(MissListing.Field.AUTHOR);
        boolean dOk = g.date() == null || g.date().equals(a.publicationDate()) || !listing.lists(MissListing.Field.DATE);
        boolean typeOk = g.pageType() == null || ExtractionTally.goldType(g.pageType()) == type.type()
                || !listing.lists(MissListing.Field.TYPE);
        if (bOk && tOk && aOk && dOk && typeOk) return;
        out.printf(Locale.ROOT, "%s %s%s%s  %s  P=%.2f R=%.2f F1=%.2f%n", g.id(), g.half(),
                g.pageType() == null ? "" : " " + g.pageType(),
                differs == GoldVersion.Difference.NONE ? "" : " (gold differs from page: " + differs.label + ")", g.url(),
                prf[0], prf[1], prf[2]);
        if (!typeOk) out.printf("    type   gold=%s | got=%s (%s)%n", g.pageType(), type.type().spelling(), type.reason());
        if (!tOk) out.printf("    title  gold=%s | got=%s%n", g.title(), a.headline());
        if (!aOk) out.printf("    author gold=%s | got=%s%n", g.authors(), a.byline());
        if (!dOk) {
            out.printf("    date   gold=%s | got=%s%s %s%n", g.date(), a.publicationDate(),
                    dateMiss == DateMiss.NONE ? "" : " (" + dateMiss.label + ")", a.dateCandidates());
        }
    }
}
