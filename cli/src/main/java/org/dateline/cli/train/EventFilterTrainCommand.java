package org.dateline.cli.train;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.core.event.EventFilter;
import org.dateline.core.event.FilterWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline train event-filter}: learns the event filter from judged samples. It codes the judged documents with
 * the filter off, aligns the judges' rows, chooses the L2 prior and the threshold on half A alone (cross-validation by
 * document), reports half A (out of fold) and half B (a model of A) for each family of documents (KCNA, web, wire),
 * and writes the model trained on the halves asked for (both by default) with the settings chosen on A.
 */
@Command(name = "event-filter", mixinStandardHelpOptions = true,
        description = "Train the learned event filter on judged samples (sample-NAME.jsonl + judged-NAME.tsv) and write its weights.")
public final class EventFilterTrainCommand implements Callable<Integer> {
    static final String DEFAULT_OUT = "core/src/main/resources/org/dateline/core/event/event-filter.tsv";
    @Mixin JudgedFolders folders;
    @Option(names = "--out", defaultValue = DEFAULT_OUT, paramLabel = "FILE",
            description = "where to write the weights (default: ${DEFAULT-VALUE})") Path out;
    @Option(names = "--train-half", defaultValue = "AB", paramLabel = "A|B|AB",
            description = "the halves the written model is trained on (default: ${DEFAULT-VALUE}; A gives an honest B figure)")
    String trainHalf;
    @Option(names = "--max-threshold", defaultValue = "0.20", paramLabel = "P",
            description = "the highest threshold written, whatever F1 on half A prefers (default: ${DEFAULT-VALUE}: the "
                    + "highest under which the models of stop s60, trained on all 112 judged samples, keep every event "
                    + "core's tests and the examples' cross-document gold require; at 0.22 they drop the examples' "
                    + "offer told in a relative clause with its own day (06-7, \"whose government offered earlier "
                    + "this week to host dialogue\"), at 0.31 also talks told so (06-4, 03-3, 03-4) and the seeds' A3).")
    double maxThreshold;
    @Option(names = "--dump", paramLabel = "FILE", hidden = true,
            description = "also write every judgement (doc, half, fold, label, features) for experiments outside the trainer")
    Path dump;
    @Option(names = "--from-dump", paramLabel = "FILE", hidden = true,
            description = "train on the judgements a --dump wrote instead of coding the documents again (for comparing feature sets)")
    Path fromDump;
    @Option(names = "--without", paramLabel = "PREFIX", split = ",", hidden = true,
            description = "leave out every feature that starts with one of these (to measure what a feature group adds)")
    List<String> without = List.of();
    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Optional<String> problem = folders.trainingProblem(trainHalf);
        if (problem.isPresent()) {
            spec.commandLine().getErr().println(problem.get());
            return 2;
        }
        String halves = JudgedFolders.halves(trainHalf).get();
        JudgedSamples.Loaded data = fromDump != null ? JudgementDump.read(fromDump)
                : JudgedSamples.load(folders.judged, folders.shared, JudgedSamples.unfiltered(), System.err);
        if (dump != null) {
            Files.write(dump, data.judgements().stream().map(j -> j.doc() + "\t" + j.half() + "\t" + j.fold(FilterTraining.FOLDS)
                    + "\t" + j.label() + "\t" + String.join(" ", j.features())).toList());
        }
        if (!without.isEmpty()) data = JudgementDump.without(data, without);
        List<Judgement> a = data.judgements().stream().filter(j -> j.half() == 'A').toList();
        List<Judgement> b = data.judgements().stream().filter(j -> j.half() == 'B').toList();
        List<String> report = new ArrayList<>();
        report.add("judged samples " + data.names() + " in " + folders.judged + ": " + data.documents() + " documents coded (filter off)");
        report.add(FilterReport.counts(data.judgements(), j -> j.half() == 'A', "half A"));
        report.add(FilterReport.counts(data.judgements(), j -> j.half() == 'B', "half B"));
        report.add(data.problems().size() + " rows or events that did not align" + (data.problems().isEmpty() ? "" : ":"));
        data.problems().forEach(p -> report.add("  " + p));
        FilterTraining.Choice best = FilterTraining.choose(a);
        FilterTraining.Choice choice = new FilterTraining.Choice(best.sigma(), best.logLikelihood(),
                Math.min(best.threshold(), maxThreshold), best.outOfFold());
        report.add(String.format(Locale.ROOT, "chosen on half A (%d-fold cross-validation by document): L2 sigma %s "
                + "(out-of-fold mean log-likelihood %.4f), threshold %.2f (best F1, gold = right + missed); used: %.2f "
                + "(--max-threshold %.2f)", FilterTraining.FOLDS, best.sigma(), best.logLikelihood(), best.threshold(),
                choice.threshold(), maxThreshold));
        report.addAll(FilterReport.table("half A, out of fold", choice.outOfFold(), choice.threshold()));
        FilterWeights ofA = FilterTraining.train(a, choice.sigma());
        report.addAll(FilterReport.table("half B, model of A", score(ofA, b), choice.threshold()));
        report.addAll(FilterReport.curve("half B, model of A", score(ofA, b), 0.04, 0.08, 0.15, best.threshold(), 0.3, 0.4, 0.5));
        List<Judgement> shipped = data.judgements().stream().filter(j -> halves.indexOf(j.half()) >= 0).toList();
        FilterWeights model = FilterTraining.withThreshold(FilterTraining.train(shipped, choice.sigma()), choice.threshold());
        report.add("model written (halves " + halves + ", " + shipped.stream().filter(j -> j.coded() && EventFilter.weighs(j.features())).count()
                + " events told as done): " + out);
        report.addAll(FilterReport.topWeights(model, 15));
        write(model, halves, choice, best, data, shipped);
        report.forEach(o::println);
        o.flush();
        return 0;
    }

    private static List<Tally.Scored> score(FilterWeights w, List<Judgement> js) {
        EventFilter filter = EventFilter.of(w);
        return js.stream().map(j -> new Tally.Scored(j, j.coded() ? filter.probability(j.features()) : Double.NaN)).toList();
    }

    private void write(FilterWeights w, String halves, FilterTraining.Choice choice, FilterTraining.Choice best, JudgedSamples.Loaded data,
                       List<Judgement> shipped) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# The learned event filter (EventFilter): a logistic model over EventFeatures; an event whose probability");
        lines.add("# of being right is under the threshold is dropped. Label 1 = a judge found the coded event right; 0 = wrong-type,");
        lines.add("# wrong-actor, duplicate or not-event (tools/event-filter/judged/README.md).");
        lines.add(String.format(Locale.ROOT, "# Trained with CoreNLP's LogisticClassifierFactory, L2 (quadratic) prior sigma %s, on half(s) %s: %d coded",
                choice.sigma(), halves, shipped.stream().filter(Judgement::coded).count()));
        lines.add(String.format(Locale.ROOT, "# events of %d documents. Sigma and threshold were chosen on half A alone (%d-fold cross-validation by",
                shipped.stream().map(Judgement::doc).distinct().count(), FilterTraining.FOLDS));
        lines.add("# document; sigma by out-of-fold log-likelihood; threshold: the one maximising F1 with gold = right +");
        lines.add(String.format(Locale.ROOT, "# missed, was %.2f on half A; capped at --max-threshold %.2f, above which events that core's",
                best.threshold(), maxThreshold));
        lines.add("# tests and the examples' cross-document gold require were dropped: raise it here once those are settled).");
        lines.add("# Command: dateline train event-filter --judged " + folders.judged + " --train-half " + halves + " --max-threshold " + maxThreshold);
        lines.add("# Data: " + data.names() + " (sample-NAME.jsonl + judged-NAME.tsv); date " + LocalDate.now(ZoneOffset.UTC) + ".");
        lines.add("# Then: bias, threshold, and one feature<TAB>weight line per feature, largest first. No file = no filter.");
        lines.add("bias\t" + fmt(w.bias()));
        lines.add("threshold\t" + fmt(w.threshold()));
        w.weights().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> lines.add(e.getKey() + "\t" + fmt(e.getValue())));
        Files.write(out, lines);
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.4f", v); }
}
