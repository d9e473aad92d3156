package org.dateline.cli.train;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LogPrior;
import edu.stanford.nlp.classify.LogisticClassifier;
import edu.stanford.nlp.classify.LogisticClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;

import org.dateline.core.event.FilterWeights;

/**
 * One binary logistic model over string features, fitted with CoreNLP's optimiser under a quadratic (L2) prior and
 * returned as the {@link FilterWeights} core reads: the shared step of the event filter's and the event proposer's
 * trainers. A bias feature is added to every example so that the intercept is learned like any weight (and is
 * regularised with them, as both trainers always did); weights under 1e-4 are left out of the file.
 */
final class LogisticFit {
    private static final String BIAS = "bias", YES = "yes", NO = "no";

    /** One example: its features and whether it is a positive. */
    record Example(List<String> features, boolean positive) {}

    private LogisticFit() {}

    /**
     * The model of these examples with prior width {@code sigma} and threshold 0 (callers set theirs), or
     * {@code empty} when the examples hold a single class and nothing can be learned.
     */
    static FilterWeights fit(List<Example> examples, double sigma, FilterWeights empty) {
        Index<String> labels = new HashIndex<>();
        labels.add(NO); // first, so that YES is the model's positive class
        labels.add(YES);
        Dataset<String, String> data = new Dataset<>(new HashIndex<>(), labels);
        for (Example e : examples) {
            List<String> f = new ArrayList<>(e.features());
            f.add(BIAS);
            data.add(new BasicDatum<>(f, e.positive() ? YES : NO));
        }
        if (data.size() == 0 || data.numClasses() < 2) return empty;
        LogisticClassifier<String, String> model = quietly(() -> new LogisticClassifierFactory<String, String>()
                .trainClassifier(data, 0.0, 1e-4, new LogPrior(LogPrior.LogPriorType.QUADRATIC, sigma, 0.0)));
        double sign = YES.equals(model.getLabelForInternalPositiveClass()) ? 1 : -1;
        Counter<String> w = model.weightsAsCounter();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String f : w.keySet()) {
            double v = sign * w.getCount(f);
            if (!f.equals(BIAS) && Math.abs(v) >= 1e-4) weights.put(f, v);
        }
        return new FilterWeights(sign * w.getCount(BIAS), 0, weights);
    }

    /** Runs CoreNLP's optimiser without its progress lines on standard error. */
    private static <T> T quietly(Supplier<T> work) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return work.get();
        } finally {
            System.setErr(err);
        }
    }
}
