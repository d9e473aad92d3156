package org.dateline.cli.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.classify.LogisticClassifierFactory;

import org.dateline.core.event.EventFilter;
import org.dateline.core.event.FilterWeights;

/**
 * Trains the event filter with CoreNLP's own logistic regression ({@link LogisticClassifierFactory}, an L2 prior),
 * and chooses its regularisation and threshold by cross-validation by document, on the judgements it is given (half
 * A alone, so that half B stays an honest test).
 */
final class FilterTraining {
    /** The L2 prior widths tried: smaller is a stronger pull of every weight towards zero. */
    static final double[] SIGMAS = {0.1, 0.25, 0.5, 1, 2, 4};
    static final int FOLDS = 5;

    /** The settings chosen on one half: the prior, the threshold, and the out-of-fold scores they were chosen on. */
    record Choice(double sigma, double logLikelihood, double threshold, List<Tally.Scored> outOfFold) {}

    private FilterTraining() {}

    /** A model of the coded judgements the filter weighs (threshold 0: set it with {@link #withThreshold}). */
    static FilterWeights train(List<Judgement> judgements, double sigma) {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (Judgement j : judgements) {
            if (j.coded() && EventFilter.weighs(j.features())) examples.add(new LogisticFit.Example(j.features(), j.right()));
        }
        return LogisticFit.fit(examples, sigma, new FilterWeights(0, 0, Map.of()));
    }

    static FilterWeights withThreshold(FilterWeights w, double threshold) {
        return new FilterWeights(w.bias(), threshold, w.weights());
    }

    /** Every judgement scored by a model trained on the other folds (missed events scored NaN). */
    static List<Tally.Scored> outOfFold(List<Judgement> judgements, double sigma) {
        List<FilterWeights> models = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            int fold = k;
            models.add(train(judgements.stream().filter(j -> j.fold(FOLDS) != fold).toList(), sigma));
        }
        return judgements.stream().map(j -> new Tally.Scored(j,
                j.coded() ? EventFilter.of(models.get(j.fold(FOLDS))).probability(j.features()) : Double.NaN)).toList();
    }

    /** The prior with the best out-of-fold log-likelihood, and the threshold that maximises F1 with it. */
    static Choice choose(List<Judgement> judgements) {
        Choice best = null;
        for (double sigma : SIGMAS) {
            List<Tally.Scored> scored = outOfFold(judgements, sigma);
            double ll = logLikelihood(scored);
            if (best == null || ll > best.logLikelihood()) best = new Choice(sigma, ll, 0, scored);
        }
        return new Choice(best.sigma(), best.logLikelihood(), bestThreshold(best.outOfFold()), best.outOfFold());
    }

    /** The mean log-likelihood of the coded judgements' labels under their scores. */
    static double logLikelihood(List<Tally.Scored> scored) {
        double sum = 0;
        int n = 0;
        for (Tally.Scored s : scored) {
            if (!s.judgement().coded() || !EventFilter.weighs(s.judgement().features())) continue;
            double p = Math.min(1 - 1e-9, Math.max(1e-9, s.probability()));
            sum += Math.log(s.judgement().right() ? p : 1 - p);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * The threshold in 0.00..0.95 (steps of 0.01) with the highest F1 after the filter: the middle of the first run of
     * thresholds that reach it, so that it does not sit on the edge of the scores it was chosen on.
     */
    static double bestThreshold(List<Tally.Scored> scored) {
        double[] f1 = new double[96];
        double best = -1;
        for (int t = 0; t < f1.length; t++) {
            f1[t] = Tally.of(scored, t / 100.0, j -> true).f1After();
            best = Math.max(best, f1[t]);
        }
        int first = 0;
        while (f1[first] < best - 1e-12) first++;
        int last = first;
        while (last + 1 < f1.length && f1[last + 1] >= best - 1e-12) last++;
        return (first + last) / 2 / 100.0;
    }
}
