package org.dateline.cli.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Prints an {@link ExtractionRun}: one column per group (all pages, half A, half B, and the pages whose gold
 * describes the stored page or another version of it, when any differs).
 */
final class ExtractionReport {
    private ExtractionReport() {}

    static void print(ExtractionRun run, double seconds, PrintStream out) {
        ExtractionTally all = run.groups.get("all");
        double readSeconds = run.readNanos / 1e9;
        double cpuSeconds = run.readCpuNanos / 1e9;
        out.printf(Locale.ROOT, "%n== %s: %d pages (%d listed without a page, %d unreadable), %.1f s; reading %.1f s, "
                        + "%.0f pages/s; reading CPU %.1f s, %.0f pages/s%n", run.name, all.documents, run.missing,
                all.unreadable, seconds, readSeconds, all.documents / Math.max(1e-9, readSeconds), cpuSeconds,
                all.documents / Math.max(1e-9, cpuSeconds));
        List<String> names = new ArrayList<>(run.groups.keySet());
        if (run.groups.get("gold differs").documents == 0) {
            names.remove("gold differs");
            names.remove("gold matches");
        } else {
            out.println(differences(run));
        }
        if (all.wrong(DateMiss.GOLD_TOOK_CHANGE) > 0) out.println(changeGold(run));
        out.printf("%-24s", "metric");
        for (String n : names) out.printf("%14s", n);
        out.println();
        row(out, run, names, "pages", t -> t.documents, true);
        if (all.bodyScored > 0) {
            row(out, run, names, "body precision", t -> t.body(t.precision), false);
            row(out, run, names, "body recall", t -> t.body(t.recall), false);
            row(out, run, names, "body F1", t -> t.body(t.f1), false);
            // the same bodies as the published benchmarks score them (BenchmarkScores)
            row(out, run, names, "body F1 WCXB words", t -> t.body(t.wcxbF1), false);
            row(out, run, names, "body F1 shingles (SH)", ExtractionTally::shingleF1, false);
        }
        if (all.titleScored > 0) row(out, run, names, "title exact", ExtractionTally::title, false);
        if (all.authorScored > 0) row(out, run, names, "author exact", ExtractionTally::author, false);
        if (all.typeScored > 0) row(out, run, names, "page type right", ExtractionTally::pageType, false);
        if (all.dated() > 0) {
            row(out, run, names, "dated pages", ExtractionTally::dated, true);
            row(out, run, names, "date right (of dated)", ExtractionTally::dateAccuracy, false);
            row(out, run, names, "  right", t -> t.dateRight, true);
            row(out, run, names, "  wrong", t -> t.dateWrong, true);
            for (DateMiss cause : new DateMiss[] {DateMiss.GOLD_TOOK_CHANGE, DateMiss.ONE_DAY, DateMiss.OTHER}) {
                row(out, run, names, "    " + cause.label, t -> t.wrong(cause), true);
            }
            row(out, run, names, "  none", t -> t.dateNone, true);
            // the gold's change stamps apart: the issue asks for first publication (DateMiss.GOLD_TOOK_CHANGE)
            row(out, run, names, "date right, change apart", ExtractionTally::dateAccuracyWithoutChangeGold, false);
        }
        if (all.undatedNone + all.undatedSome > 0) {
            row(out, run, names, "undated: none (right)", t -> t.undatedNone, true);
            row(out, run, names, "undated: some (wrong)", t -> t.undatedSome, true);
            row(out, run, names, "date accuracy (htmldate)", ExtractionTally::dateAccuracyWithUndated, false);
        }
        if (all.dated() > 0) {
            row(out, run, names, "date precision", ExtractionTally::datePrecision, false);
            row(out, run, names, "date recall", ExtractionTally::dateRecall, false);
            origins(all, out);
        }
        if (!run.byType.isEmpty()) byType(run, out);
    }

    /**
     * How many pages' gold describes another version of the page and why, said before the figures: the column
     * "gold matches" gives every figure without them, "all" with them.
     */
    static String differences(ExtractionRun run) {
        StringBuilder why = new StringBuilder();
        for (Map.Entry<GoldVersion.Difference, Integer> e : run.differences.entrySet()) {
            why.append(why.isEmpty() ? "" : ", ").append(e.getKey().label).append(' ').append(e.getValue());
        }
        return String.format(Locale.ROOT, "gold describes another version of the page on %d of %d pages (%s): "
                + "\"gold matches\" is every figure without them, \"all\" with them",
                run.groups.get("gold differs").documents, run.groups.get("all").documents, why);
    }

    /**
     * How many pages' gold took the page's change stamp where the reader took the publication date the page states,
     * said before the figures: the issue asks for first publication, so those are the gold's choice, shown apart.
     */
    static String changeGold(ExtractionRun run) {
        ExtractionTally all = run.groups.get("all");
        return String.format(Locale.ROOT, "the gold takes the page's change stamp (dateModified, \"Updated\") where we "
                + "take the publication date it states on %d of %d dated pages (A %d, B %d): \"date right, change "
                + "apart\" leaves them out", all.wrong(DateMiss.GOLD_TOOK_CHANGE), all.dated(),
                run.groups.get("A").wrong(DateMiss.GOLD_TOOK_CHANGE), run.groups.get("B").wrong(DateMiss.GOLD_TOOK_CHANGE));
    }

    private static void row(PrintStream out, ExtractionRun run, List<String> names, String label,
                            ToDoubleFunction<ExtractionTally> metric, boolean count) {
        out.printf("%-24s", label);
        for (String n : names) out.print(cell(metric.applyAsDouble(run.groups.get(n)), count));
        out.println();
    }

    private static String cell(double v, boolean count) {
        if (Double.isNaN(v)) return String.format("%14s", "-");
        return count ? String.format(Locale.ROOT, "%14d", (long) v) : String.format(Locale.ROOT, "%14.3f", v);
    }

    private static void origins(ExtractionTally all, PrintStream out) {
        out.println("chosen date by origin (all pages): chosen / right");
        for (Map.Entry<String, int[]> e : all.origins.entrySet()) {
            out.printf(Locale.ROOT, "  %-22s%6d%6d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
    }

    private static void byType(ExtractionRun run, PrintStream out) {
        out.printf("%-24s%14s%14s%14s%14s%14s%14s%14s%n", "by page type", "pages", "body F1 all", "body F1 A", "body F1 B",
                "WCXB F1 all", "date right", "type right");
        for (Map.Entry<String, Map<String, ExtractionTally>> e : run.byType.entrySet()) {
            Map<String, ExtractionTally> t = e.getValue();
            ExtractionTally all = t.get("all");
            out.printf("%-24s%s%s%s%s%s%s%s%n", e.getKey(), cell(all.documents, true), cell(all.body(all.f1), false),
                    f1(t.get("A")), f1(t.get("B")), cell(all.body(all.wcxbF1), false), cell(all.dateAccuracy(), false),
                    cell(all.pageType(), false));
        }
    }

    private static String f1(ExtractionTally t) { return cell(t == null ? Double.NaN : t.body(t.f1), false); }
}
