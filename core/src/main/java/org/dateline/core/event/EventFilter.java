package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Event;

/**
 * The learned event filter, the stage after {@link EventCoder}: it scores each coded event with a logistic model over
 * its {@link EventFeatures} and drops an event whose probability of being right is under the model's threshold. The
 * weights were learned from people judging the coder's events on whole documents ({@code dateline train
 * event-filter}, data in {@code tools/event-filter/judged/}); they live in {@code event-filter.tsv} next to this
 * class. Without that file, or with one holding no model, the filter keeps every event. The system property
 * {@value #PROPERTY} names another weights file to use instead (a model of half A, to score half B), or {@code off}
 * ({@link ChosenWeights}).
 *
 * <p>It weighs only events told as done ({@code status=occurred}): a planned, possible or negated event already says
 * by its status that it is no reported act, and the project codes such events on purpose (the seeds' and examples'
 * gold list planned meetings), while the judges' conventions count a plan as no event. A model trained on those
 * verdicts would drop what the pipeline means to give, so the filter leaves every other status alone and its
 * trainer learns from occurred events only.
 *
 * <p>The kept events are numbered again {@code E1..En} in their order, since consumers take the ids as the events'
 * positions in the article and a gap would look like a lost event.
 */
public final class EventFilter {
    /** The resource the shipped model lives in, next to this class. */
    public static final String RESOURCE = "event-filter.tsv";
    private static volatile EventFilter standard;
    private final FilterWeights weights;

    private EventFilter(FilterWeights weights) { this.weights = weights == null ? FilterWeights.NONE : weights; }

    /** A weights file to use instead of the shipped one (a model trained but not shipped), or {@code off}. */
    public static final String PROPERTY = "dateline.event-filter";

    /** The filter with the shipped weights, or those the system property {@value #PROPERTY} names (read once). */
    public static EventFilter standard() {
        EventFilter f = standard;
        if (f == null) {
            f = of(ChosenWeights.named(PROPERTY, FilterWeights.NONE, FilterWeights::file,
                    () -> FilterWeights.resource(EventFilter.class, RESOURCE)));
            standard = f;
        }
        return f;
    }

    /** A filter that keeps everything: the coder's own output, for training and for judging. */
    public static EventFilter none() { return new EventFilter(FilterWeights.NONE); }

    /** A filter with these weights. */
    public static EventFilter of(FilterWeights weights) { return new EventFilter(weights); }

    /** True when this filter may drop events. */
    public boolean active() { return !weights.isEmpty(); }

    public FilterWeights weights() { return weights; }

    /** True when the filter weighs an event with these features: one told as done ({@code status=occurred}). */
    public static boolean weighs(List<String> features) { return features.contains("status=occurred"); }

    /** The probability that an event with these features is right; 1 for an event the filter does not weigh. */
    public double probability(List<String> features) {
        return weighs(features) ? weights.probability(features) : 1.0;
    }

    /** The events whose features ({@link EventFeatures}, one list per event) score at or over the threshold, renumbered. */
    public List<Event> keep(List<Event> events, List<List<String>> features) {
        if (!active()) return events;
        List<Event> kept = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (probability(features.get(i)) < weights.threshold()) continue;
            kept.add(events.get(i).toBuilder().id("E" + (kept.size() + 1)).build());
        }
        return kept;
    }
}
