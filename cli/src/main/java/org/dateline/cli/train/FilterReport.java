package org.dateline.cli.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.dateline.core.event.EventFilter;
import org.dateline.core.event.FilterWeights;

/** The trainer's report: the settings chosen on half A, the figures on both halves and each family (as {@code eval judged}), the weights. */
final class FilterReport {
    private FilterReport() {}

    /** One line for all documents and one per family (KCNA, web, wire): coded, kept, precision and recall before and after. */
    static List<String> table(String label, List<Tally.Scored> scored, double threshold) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-26s %6s %6s %9s %9s %9s %9s %7s %7s", label, "coded", "kept",
                "P before", "P after", "R before", "R after", "F1 bef", "F1 aft"));
        row(out, "  all", Tally.of(scored, threshold, j -> true));
        for (String family : List.of("KCNA", "web", "wire")) {
            row(out, "  " + family, Tally.of(scored, threshold, j -> family.equals(JudgedEvalCommand.family(j.doc()))));
        }
        return out;
    }

    private static void row(List<String> out, String name, Tally t) {
        out.add(String.format(Locale.ROOT, "%-26s %6d %6d %9s %9s %9s %9s %7.3f %7.3f", name, t.coded(), t.kept(),
                share(t.right(), t.coded()), share(t.rightKept(), t.kept()), share(t.right(), t.right() + t.missed()),
                share(t.rightKept(), t.right() + t.missed()), t.f1Before(), t.f1After()));
    }

    private static String share(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) a / b);
    }

    /** The trade at other thresholds, all documents: what a stricter filter would keep, gain and lose. */
    static List<String> curve(String label, List<Tally.Scored> scored, double... thresholds) {
        List<String> out = new ArrayList<>();
        out.add(label + ", at other thresholds (all documents):");
        for (double t : thresholds) {
            Tally y = Tally.of(scored, t, j -> true);
            out.add(String.format(Locale.ROOT, "  threshold %.2f: kept %d of %d, P %s, R %s, F1 %.3f", t, y.kept(), y.coded(),
                    share(y.rightKept(), y.kept()), share(y.rightKept(), y.right() + y.missed()), y.f1After()));
        }
        return out;
    }

    /** The judgements counted: coded events right and wrong, missed events, by half. */
    static String counts(List<Judgement> js, Predicate<Judgement> which, String name) {
        long right = js.stream().filter(which).filter(Judgement::right).count();
        long coded = js.stream().filter(which).filter(Judgement::coded).count();
        long missed = js.stream().filter(which).filter(j -> !j.coded()).count();
        long docs = js.stream().filter(which).map(Judgement::doc).distinct().count();
        long weighed = js.stream().filter(which).filter(j -> j.coded() && EventFilter.weighs(j.features())).count();
        long weighedRight = js.stream().filter(which).filter(j -> j.right() && EventFilter.weighs(j.features())).count();
        return String.format(Locale.ROOT, "%s: %d coded events judged (%d right, %d wrong; %d told as done, which the filter "
                + "weighs, %d of them right), %d missed, in %d documents with rows",
                name, coded, right, coded - right, weighed, weighedRight, missed, docs);
    }

    /** The {@code n} largest weights each way. */
    static List<String> topWeights(FilterWeights w, int n) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(w.weights().entrySet());
        sorted.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "bias %+.3f, threshold %.2f; largest weights towards right | towards wrong:", w.bias(), w.threshold()));
        for (int i = 0; i < Math.min(n, sorted.size()); i++) {
            Map.Entry<String, Double> up = sorted.get(i), down = sorted.get(sorted.size() - 1 - i);
            out.add(String.format(Locale.ROOT, "  %+7.3f %-34s | %+7.3f %s", up.getValue(), up.getKey(), down.getValue(), down.getKey()));
        }
        return out;
    }
}
