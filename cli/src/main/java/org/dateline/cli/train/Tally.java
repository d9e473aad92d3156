package org.dateline.cli.train;

import java.util.List;
import java.util.function.Predicate;

/**
 * The report's arithmetic on a set of judgements scored by a model: events coded and kept, precision (right / kept)
 * and recall (right kept / (right + missed)) before the filter and after it. Missed events are gold the coder never
 * gave, so they count in the recall whatever the filter does.
 */
record Tally(int coded, int kept, int right, int rightKept, int missed) {
    /** One judgement with the model's probability that it is right (NaN for a missed event). */
    record Scored(Judgement judgement, double probability) {}

    /** The tally of the scored judgements that pass {@code which}, keeping those at or over {@code threshold}. */
    static Tally of(List<Scored> scored, double threshold, Predicate<Judgement> which) {
        int coded = 0, kept = 0, right = 0, rightKept = 0, missed = 0;
        for (Scored s : scored) {
            Judgement j = s.judgement();
            if (!which.test(j)) continue;
            if (!j.coded()) {
                missed++;
                continue;
            }
            boolean keep = s.probability() >= threshold;
            coded++;
            if (keep) kept++;
            if (j.right()) right++;
            if (j.right() && keep) rightKept++;
        }
        return new Tally(coded, kept, right, rightKept, missed);
    }

    double precisionBefore() { return ratio(right, coded); }

    double precisionAfter() { return ratio(rightKept, kept); }

    double recallBefore() { return ratio(right, right + missed); }

    double recallAfter() { return ratio(rightKept, right + missed); }

    double f1After() { return f1(precisionAfter(), recallAfter()); }

    double f1Before() { return f1(precisionBefore(), recallBefore()); }

    private static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

    private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }
}
