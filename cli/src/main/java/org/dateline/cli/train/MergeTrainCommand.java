package org.dateline.cli.train;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.dateline.core.event.FilterWeights;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline train merges}: fits the merger's learned same-happening stage ({@code SameHappening} in core) on
 * the features of hand-labelled pairs that {@code dateline eval merges --labels L --features F} wrote. The model is a
 * veto over what the rules merge, so it learns from the pairs the rules merged (with {@code --all-pairs}, from every
 * labelled pair). It fits on one half (A: odd pair numbers), chooses the threshold on that half (the lowest
 * probability that keeps the pairs' precision at {@code --min-precision}, else the best F1), and prints what the same
 * model and threshold give on the other half of each file, pair by pair (a veto's effect on whole stories shows only
 * when the stores are connected again).
 */
@Command(name = "merges", mixinStandardHelpOptions = true,
        description = "Train the merger's learned same-happening veto on labelled pair features and write its weights.")
public final class MergeTrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FEATURES", arity = "1..*", description = "files written by 'eval merges --features'") List<Path> files;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the weights "
            + "(core/src/main/resources/org/dateline/core/connect/merge-model.tsv ships them)") Path out;
    @Option(names = "--train-half", defaultValue = "A", paramLabel = "A|B") Half half;
    @Option(names = "--sigma", defaultValue = "1.0", description = "L2 prior width (default: ${DEFAULT-VALUE})") double sigma;
    @Option(names = "--min-precision", defaultValue = "0.9", description = "pair precision the threshold aims at on "
            + "the training half (default: ${DEFAULT-VALUE})") double minPrecision;
    @Option(names = "--all-pairs", description = "train on every labelled pair, not only those the rules merged") boolean allPairs;
    @Option(names = "--only", split = ",", paramLabel = "FEATURE", description = "the features the model weighs "
            + "(default: all the file gives)") List<String> only = List.of();
    @Spec CommandSpec spec;

    /** The halves of a label set: A holds the odd pair numbers, B the even ones. */
    enum Half { A, B }

    /** One labelled pair as the feature file gives it. */
    record Row(String file, Half half, boolean same, boolean merged, List<String> features) {}

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                List<String> fs = new ArrayList<>(Arrays.asList(c[5].split(" ")));
                if (!only.isEmpty()) fs.retainAll(only);
                rows.add(new Row(f.getFileName().toString(), Half.valueOf(c[1]), c[2].equals("same"), c[3].equals("merged"), fs));
            }
        }
        List<LogisticFit.Example> train = new ArrayList<>();
        for (Row r : rows) {
            if (r.half == half && (allPairs || r.merged)) train.add(new LogisticFit.Example(r.features, r.same));
        }
        if (train.isEmpty()) {
            spec.commandLine().getErr().println("dateline train merges: no " + (allPairs ? "labelled" : "rule-merged")
                    + " pair of half " + half + " in " + files);
            return 1;
        }
        FilterWeights fit = LogisticFit.fit(train, sigma, FilterWeights.NONE);
        double threshold = threshold(rows, fit);
        FilterWeights model = new FilterWeights(fit.bias(), threshold, fit.weights());
        out.printf(Locale.ROOT, "trained on %d pairs of half %s; threshold %.3f%n", train.size(), half, threshold);
        report(out, rows, model);
        write(model, train.size());
        out.flush();
        return 0;
    }

    /** The lowest threshold whose vetoed merges on the training half reach the precision asked, else the best F1. */
    private double threshold(List<Row> rows, FilterWeights w) {
        double bestF = -1, bestT = 0;
        for (int i = 0; i <= 95; i++) {
            double t = i / 100.0;
            int[] c = count(rows, w, t, half, null);
            double p = c[1] == 0 ? 0 : c[0] / (double) c[1], r = c[2] == 0 ? 0 : c[0] / (double) c[2];
            if (p >= minPrecision) return t;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            if (f > bestF) { bestF = f; bestT = t; }
        }
        return bestT;
    }

    /** Merged and same, merged, same: pairs the rules merged and the model keeps, of one half (and one file). */
    private static int[] count(List<Row> rows, FilterWeights w, double t, Half half, String file) {
        int[] c = new int[3];
        for (Row r : rows) {
            if (r.half != half || file != null && !r.file.equals(file)) continue;
            boolean merged = r.merged && w.probability(r.features) >= t;
            if (merged && r.same) c[0]++;
            if (merged) c[1]++;
            if (r.same) c[2]++;
        }
        return c;
    }

    private static void report(PrintWriter out, List<Row> rows, FilterWeights w) {
        for (String file : rows.stream().map(Row::file).distinct().toList()) {
            for (Half h : Half.values()) {
                int[] rules = count(rows, FilterWeights.NONE, 0, h, file), vetoed = count(rows, w, w.threshold(), h, file);
                out.printf(Locale.ROOT, "%s half %s: rules P %.2f R %.2f (%d/%d/%d) -> with the model P %.2f R %.2f (%d/%d/%d)%n",
                        file, h, ratio(rules[0], rules[1]), ratio(rules[0], rules[2]), rules[0], rules[1], rules[2],
                        ratio(vetoed[0], vetoed[1]), ratio(vetoed[0], vetoed[2]), vetoed[0], vetoed[1], vetoed[2]);
            }
        }
        out.println("bias\t" + String.format(Locale.ROOT, "%.4f", w.bias()));
        w.weights().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> out.printf(Locale.ROOT, "%s\t%.4f%n", e.getKey(), e.getValue()));
    }

    private static double ratio(int a, int b) { return b == 0 ? 0 : a / (double) b; }

    private void write(FilterWeights w, int pairs) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# The merger's learned same-happening veto (core connect SameHappening): a logistic model over PairFeatures;");
        lines.add("# a report the rules let join a story is refused when its probability of telling one happening with a report");
        lines.add("# of the story's core is under the threshold. Label 1 = a person labelled the pair 'same' (merge-pairs/*.tsv).");
        lines.add(String.format(Locale.ROOT, "# Trained with CoreNLP's LogisticClassifierFactory, L2 (quadratic) prior sigma %s, on %d %s pairs of half %s",
                sigma, pairs, allPairs ? "labelled" : "rule-merged", half));
        lines.add(String.format(Locale.ROOT, "# (pair numbers odd = A); threshold chosen on that half: the lowest reaching pair precision %.2f.", minPrecision));
        lines.add("# Data: " + String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList())
                + " (eval merges --features on the dev stores of s41-s44 with labels-s4N-seed4N.tsv).");
        lines.add("# Command: dateline train merges --train-half " + half + " --sigma " + sigma + " --min-precision " + minPrecision
                + (allPairs ? " --all-pairs" : "") + (only.isEmpty() ? "" : " --only " + String.join(",", only)) + " FEATURES...");
        lines.add("# Date: " + LocalDate.now(ZoneOffset.UTC) + ". Then: bias, threshold, one feature<TAB>weight line per feature.");
        lines.add(String.format(Locale.ROOT, "bias\t%.4f", w.bias()));
        lines.add(String.format(Locale.ROOT, "threshold\t%.3f", w.threshold()));
        w.weights().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> lines.add(String.format(Locale.ROOT, "%s\t%.4f", e.getKey(), e.getValue())));
        Files.write(out, lines);
    }
}
