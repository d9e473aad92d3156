package org.dateline.core.connect;

import java.nio.file.Path;
import java.util.List;

import org.dateline.core.event.FilterWeights;

/**
 * The learned stage of the merger: a logistic model over the pair features the rule chain computes ({@link
 * PairFeatures}) that may refuse a report the rules let join a story, when it judges the report and the story's core
 * unlikely to tell one happening. Its weights are in the resource {@code merge-model.tsv}, whose header says what
 * data and which command fitted them ({@code dateline train merges}); applying them is a sum and a threshold.
 *
 * <p>It is a veto, never a way in: a report the rules refuse stays out. It weighs the report against the story's
 * core ({@link Story#core}), as {@link DeedEvidence} does, and the report must pass against one of the core's
 * reports; every later member joined against that same core, so a refused report is kept out of all of them and no
 * chain of members can bring it back in.
 *
 * <p>{@code -Ddateline.merge-model=off} runs the rules alone; {@code -Ddateline.merge-model=FILE} applies a model
 * fitted but not shipped.
 */
final class SameHappening {
    static final String RESOURCE = "merge-model.tsv";

    private final FilterWeights weights;
    private final PairFeatures features;

    SameHappening(PairFeatures features) { this(features, load()); }

    SameHappening(PairFeatures features, FilterWeights weights) {
        this.features = features;
        this.weights = weights;
    }

    private static FilterWeights load() {
        String chosen = System.getProperty("dateline.merge-model", "");
        if (chosen.equals("off")) return FilterWeights.NONE;
        if (!chosen.isBlank()) return FilterWeights.file(Path.of(chosen));
        return FilterWeights.resource(SameHappening.class, RESOURCE);
    }

    /** True when the model lets the report join the story: it judges it one happening with a report of the core. */
    boolean accepts(Story s, EventMention m) {
        if (weights.isEmpty()) return true;
        for (EventMention c : s.core()) if (probability(c, m) >= weights.threshold()) return true;
        return false;
    }

    /** The model's probability that two reports tell one happening. */
    double probability(EventMention c, EventMention m) { return weights.probability(features.of(c, m)); }

    /** The features the model weighs for two reports. */
    List<String> features(EventMention c, EventMention m) { return features.of(c, m); }
}
