package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which Spanish sentences are worth tagging and parsing: those with a form of the lexicon. */
class SpanishWordsSentenceTest {
    private static final SpanishWords WORDS = SpanishWords.standard();

    @Test
    void aSentenceWithAFormOfTheLexiconMayHoldAnEvent() {
        assertThat(WORDS.mayHoldEvent(List.of("El", "ministro", "visitó", "Cuba", "."))).isTrue();
        assertThat(WORDS.mayHoldEvent(List.of("Envió", "un", "Mensaje", "."))).isTrue();
    }

    @Test
    void aVerbWithACliticAttachedStillCounts() {
        assertThat(WORDS.mayHoldEvent(List.of("Al", "entrevistarse", "con", "él"))).isTrue();
    }

    @Test
    void aSentenceWithoutOneHoldsNone() {
        assertThat(WORDS.mayHoldEvent(List.of("La", "cosecha", "fue", "abundante", "este", "año", "."))).isFalse();
    }
}
