package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Words two texts share, counted as a bag, and the F1 of that overlap. */
class TokenOverlapTest {
    @Test
    void aWordCountsAsOftenAsBothTextsHaveIt() {
        assertThat(TokenOverlap.shared("the the talks", "talks the end")).isEqualTo(2);
        assertThat(TokenOverlap.shared("the the talks", "the talks the")).isEqualTo(3);
    }

    @Test
    void extraWhitespaceMakesNoWord() {
        assertThat(TokenOverlap.shared("  talks   resume ", "talks resume")).isEqualTo(2);
        assertThat(TokenOverlap.shared("", "talks")).isZero();
    }

    @Test
    void theF1WeighsTheSharedWordsAgainstBothTexts() {
        // 2 shared words: precision 2/4 over the second text, recall 2/2 over the first
        assertThat(TokenOverlap.f1("talks resume", "talks resume next week")).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(TokenOverlap.f1("talks resume", "")).isZero();
        assertThat(TokenOverlap.f1("talks", "weather")).isZero();
    }
}
