package org.dateline.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval merges}: event merging measured on pairs of reports a person has read. Without
 * {@code --labels} it draws the pairs to label from a store (a fixed seed, so the draw can be repeated); with it, it
 * connects the store again with the rules at hand and scores the labelled pairs in two halves (odd pair numbers A,
 * even B): tune on A, and watch B for rules that only fit A's pairs.
 */
@Command(name = "merges", mixinStandardHelpOptions = true,
        description = {"Draws merged and unmerged candidate pairs of event reports from a store, to label by hand.",
                "With --labels, scores merge precision and recall on the labelled pairs in two halves A and B."},
        footer = {"", "Examples:", "  dateline eval merges --db kcna.db --seed 14 > pairs.txt",
                "  dateline eval merges --db kcna.db --labels labels.tsv",
                "  dateline eval merges --db kcna.db --labels labels.tsv --rekey keyed.tsv"})
public final class MergeEvalCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", required = true, description = "the store (only read)") Path db;
    @Option(names = "--seed", defaultValue = "14", description = "random seed of the draw (default: ${DEFAULT-VALUE})") long seed;
    @Option(names = "--pairs", defaultValue = "100", description = "pairs of each kind (default: ${DEFAULT-VALUE})") int pairs;
    @Option(names = "--labels", paramLabel = "FILE", description = "labelled pairs (id, report a, report b, "
            + "same|different, why; tab-separated) to score; a report is article#event or, to survive a re-annotation, "
            + "article@start-end/TYPE/at (body offsets of its sentence, its type, where its span began)") Path labels;
    @Option(names = "--verbose", description = "With --labels, list every pair scored wrong.") boolean verbose;
    @Option(names = "--features", paramLabel = "FILE", description = "With --labels, write each scored pair's features "
            + "(those the merger's learned stage weighs), its label, half and whether the merger merged it, for "
            + "'dateline train merges'") Path features;
    @Option(names = "--rekey", paramLabel = "OUT", description = "With --labels, write the label file to OUT with every "
            + "report keyed article#event replaced by its sentence key article@start-end/TYPE/at read from this store "
            + "(the store the labels were drawn on), which a re-annotation does not renumber; comments, labels and "
            + "reasons are copied byte for byte") Path rekey;
    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rekey != null && labels == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--rekey needs --labels (the label file to re-key)");
        ConnectedStore store = ConnectedStore.load(db);
        MergePairs sampler = new MergePairs(store);
        if (labels == null) {
            for (List<MergePairs.Pair> kind : List.of(sampler.merged(pairs, seed), sampler.unmerged(pairs, seed))) {
                for (MergePairs.Pair p : kind) sampler.describe(p).forEach(out::println);
            }
            out.flush();
            return 0;
        }
        if (rekey != null) {
            SentenceKeys.Result r = SentenceKeys.rekey(Files.readString(labels), store);
            Files.writeString(rekey, r.text());
            out.printf(Locale.ROOT, "re-keyed %d reports by sentence into %s; %d not in the store (kept by id), %d whose "
                    + "sentence key names another event of this store%n", r.rekeyed(), rekey, r.missing().size(),
                    r.ambiguous().size());
            r.missing().forEach(m -> out.println("  not in the store: " + m));
            r.ambiguous().forEach(m -> out.println("  ambiguous: " + m));
        }
        int[][] counts = new int[2][3]; // per half: merged and same, merged, same
        int labelled = 0, found = 0;
        PrintWriter featureOut = features == null ? null : new PrintWriter(Files.newBufferedWriter(features));
        if (featureOut != null) {
            featureOut.println("# features of labelled merge pairs: dateline eval merges --db " + db + " --labels " + labels);
            featureOut.println("# columns: pair, half, label, merged (by the merger at hand), probability (its learned stage), features");
        }
        for (String line : Files.readAllLines(labels)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            int half = Integer.parseInt(f[0].substring(1)) % 2 == 1 ? 0 : 1;
            labelled++;
            String a = store.resolve(LabelledReport.parse(f[1])), b = store.resolve(LabelledReport.parse(f[2]));
            // a pair whose report the store no longer has (annotated anew since it was drawn) says nothing of merging
            if (a == null || b == null || !store.mentions().containsKey(a) || !store.mentions().containsKey(b)) continue;
            found++;
            boolean same = f[3].equals("same"), merged = store.merged(a, b);
            if (featureOut != null) {
                List<String> fs = store.connector().mergeFeatures(a, b);
                if (fs != null) {
                    featureOut.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%.4f\t%s%n", f[0], half == 0 ? "A" : "B", f[3],
                            merged ? "merged" : "apart", store.connector().mergeProbability(a, b), String.join(" ", fs));
                }
            }
            if (merged && same) counts[half][0]++;
            if (merged) counts[half][1]++;
            if (same) counts[half][2]++;
            if (verbose && merged != same) {
                out.println((merged ? "wrongly merged" : "wrongly apart") + " (half " + (half == 0 ? "A" : "B") + "): " + line);
                sampler.describe(new MergePairs.Pair(f[0], a, b)).stream().skip(1).forEach(out::println);
            }
        }
        if (featureOut != null) featureOut.close();
        out.printf(Locale.ROOT, "%d of %d labelled pairs have both reports in the store (only those are scored)%n",
                found, labelled);
        for (int h = 0; h < 2; h++) {
            int[] c = counts[h];
            out.printf(Locale.ROOT, "half %s: precision %.2f (%d of %d merged pairs are one event), recall %.2f (%d of %d "
                    + "same-event pairs merged)%n", h == 0 ? "A" : "B", c[1] == 0 ? 0 : c[0] / (double) c[1], c[0], c[1],
                    c[2] == 0 ? 0 : c[0] / (double) c[2], c[0], c[2]);
        }
        out.flush();
        return 0;
    }
}
