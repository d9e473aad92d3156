package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a learned stage's system property chooses its weights: the shipped model, none, or a file. */
class ChosenWeightsTest {
    private static final String PROPERTY = "dateline.test.chosen-weights";

    @AfterEach
    void clear() { System.clearProperty(PROPERTY); }

    private static String chosen() {
        return ChosenWeights.named(PROPERTY, "none", path -> "file " + path, () -> "shipped");
    }

    @Test
    void anUnsetOrBlankPropertyMeansTheShippedModel() {
        assertThat(chosen()).isEqualTo("shipped");
        System.setProperty(PROPERTY, "  ");
        assertThat(chosen()).isEqualTo("shipped");
    }

    @Test
    void offMeansNoModelAndTheShippedOneIsNotEvenRead() {
        System.setProperty(PROPERTY, " off ");
        assertThat(ChosenWeights.named(PROPERTY, "none", path -> "file " + path, () -> {
            throw new AssertionError("the shipped model was read");
        })).isEqualTo("none");
    }

    @Test
    void anyOtherValueIsThePathOfAWeightsFile() {
        System.setProperty(PROPERTY, "/tmp/half-a.tsv");
        assertThat(chosen()).isEqualTo("file " + Path.of("/tmp/half-a.tsv"));
    }
}
