package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading the event filter's weights file: comments, bias, threshold, features; a missing or empty file is no model. */
class FilterWeightsTest {

    @Test
    void commentsAndBlankLinesAreSkippedAndEveryLineIsRead() {
        FilterWeights w = FilterWeights.parse(List.of("# what it is", "# trained how", "", "bias\t-0.5",
                "threshold\t0.4", "question\t-2.0", "tense=VBD\t1.25"), "test.tsv");
        assertThat(w.bias()).isEqualTo(-0.5);
        assertThat(w.threshold()).isEqualTo(0.4);
        assertThat(w.weights()).containsEntry("question", -2.0).containsEntry("tense=VBD", 1.25).hasSize(2);
        assertThat(w.isEmpty()).isFalse();
    }

    @Test
    void theProbabilityIsTheLogisticOfTheBiasPlusTheWeightsOfTheFeaturesPresent() {
        FilterWeights w = new FilterWeights(-0.5, 0.4, java.util.Map.of("question", -2.0, "tense=VBD", 1.25));
        assertThat(w.probability(List.of())).isCloseTo(1 / (1 + Math.exp(0.5)), within(1e-12));
        assertThat(w.probability(List.of("tense=VBD", "unknown-feature"))).isCloseTo(1 / (1 + Math.exp(-0.75)), within(1e-12));
        assertThat(w.probability(List.of("question", "tense=VBD"))).isCloseTo(1 / (1 + Math.exp(1.25)), within(1e-12));
    }

    @Test
    void aFileOfCommentsOnlyAndAMissingResourceAreNoModel() {
        assertThat(FilterWeights.parse(List.of("# nothing trained yet", ""), "empty.tsv").isEmpty()).isTrue();
        assertThat(FilterWeights.resource(FilterWeightsTest.class, "no-such-weights.tsv").isEmpty()).isTrue();
        assertThat(EventFilter.of(FilterWeights.NONE).active()).isFalse();
    }

    @Test
    void aLineOfAnotherShapeIsAnErrorNamingTheFileAndTheLine() {
        assertThatThrownBy(() -> FilterWeights.parse(List.of("# header", "bias\t0", "threshold\t0.5", "question -2"), "w.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w.tsv line 4");
        assertThatThrownBy(() -> FilterWeights.parse(List.of("bias\t0", "threshold\thalf"), "w.tsv"))
                .hasMessageContaining("w.tsv line 2").hasMessageContaining("'half' is not a number");
        assertThatThrownBy(() -> FilterWeights.parse(List.of("bias\t0", "threshold\t0.5", "x\t1", "x\t2"), "w.tsv"))
                .hasMessageContaining("line 4").hasMessageContaining("twice");
    }

    @Test
    void aModelWithoutABiasOrAThresholdOrWithAThresholdOutsideZeroToOneIsAnError() {
        assertThatThrownBy(() -> FilterWeights.parse(List.of("question\t-2"), "w.tsv")).hasMessageContaining("threshold");
        assertThatThrownBy(() -> FilterWeights.parse(List.of("bias\t0", "threshold\t1.5"), "w.tsv")).hasMessageContaining("w.tsv: threshold 1.5 is not in 0..1");
    }

    @Test
    void theShippedWeightsFileReads() {
        // whatever the trainer last wrote must parse: a bad shipped file would fail every pipeline at its first story
        FilterWeights shipped = FilterWeights.resource(EventFilter.class, EventFilter.RESOURCE);
        assertThat(shipped.threshold()).isBetween(0.0, 1.0);
    }
}
