package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dateline.core.event.FilterWeights;
import org.junit.jupiter.api.Test;

/** CoreNLP's logistic regression on invented judgements: the weights point the way the labels do. */
class FilterTrainingTest {
    /** Forty documents: a "tense=VBD" event right nine times in ten, a "question" event wrong nine times in ten. */
    private static List<Judgement> invented() {
        List<Judgement> out = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            String doc = "doc-" + d;
            out.add(new Judgement(doc, List.of("status=occurred", "tense=VBD"), d % 10 == 0 ? Judgement.Label.WRONG : Judgement.Label.RIGHT));
            out.add(new Judgement(doc, List.of("status=occurred", "question"), d % 10 == 0 ? Judgement.Label.RIGHT : Judgement.Label.WRONG));
            if (d % 4 == 0) out.add(new Judgement(doc, List.of(), Judgement.Label.MISSED));
        }
        return out;
    }

    @Test
    void aFeatureOfRightEventsWeighsForKeepingAndOneOfWrongEventsAgainst() {
        FilterWeights w = FilterTraining.train(invented(), 1.0);
        assertThat(w.weights().get("tense=VBD")).isPositive();
        assertThat(w.weights().get("question")).isNegative();
        assertThat(w.probability(List.of("status=occurred", "tense=VBD"))).isGreaterThan(0.7);
        assertThat(w.probability(List.of("status=occurred", "question"))).isLessThan(0.3);
    }

    @Test
    void theSettingsChosenByCrossValidationKeepTheRightKindAndDropTheWrongOne() {
        FilterTraining.Choice c = FilterTraining.choose(invented());
        Tally t = Tally.of(c.outOfFold(), c.threshold(), j -> true);
        assertThat(t.kept()).as("the forty past-tense events are kept, the forty questions dropped").isEqualTo(40);
        assertThat(t.precisionAfter()).isGreaterThan(t.precisionBefore());
        assertThat(t.f1After()).isGreaterThan(t.f1Before());
    }

    @Test
    void eventsNotToldAsDoneAreNeitherTrainedOnNorDropped() {
        List<Judgement> js = new ArrayList<>(invented());
        // forty planned events judged wrong: they must not teach the model that "tense=VBD" is wrong
        for (int d = 0; d < 40; d++) js.add(new Judgement("doc-" + d, List.of("status=planned", "tense=VBD"), Judgement.Label.WRONG));
        FilterWeights w = FilterTraining.train(js, 1.0);
        assertThat(w.weights()).doesNotContainKey("status=planned");
        assertThat(w.weights().get("tense=VBD")).isPositive();
        assertThat(org.dateline.core.event.EventFilter.of(w).probability(List.of("status=planned", "question"))).isEqualTo(1.0);
    }

    @Test
    void theThresholdIsTheMiddleOfTheBestRunNotItsEdge() {
        // scores 0.2 (wrong) and 0.8 (right): every threshold in 0.21..0.80 is as good; the middle is chosen
        List<Tally.Scored> scored = List.of(
                new Tally.Scored(new Judgement("d", List.of(), Judgement.Label.WRONG), 0.2),
                new Tally.Scored(new Judgement("d", List.of(), Judgement.Label.RIGHT), 0.8));
        assertThat(FilterTraining.bestThreshold(scored)).isEqualTo(0.5);
    }
}
