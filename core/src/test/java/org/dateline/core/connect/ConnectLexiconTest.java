package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectLexiconTest {
    private final ConnectLexicon lexicon = ConnectLexicon.standard();

    @Test
    void familiesComeFromTheResourceFile() {
        assertThat(lexicon.family("CONSULT").symmetric()).isTrue();
        assertThat(lexicon.family("DEMAND")).isEqualTo(lexicon.family("REQUEST"));
        assertThat(lexicon.family("SOMETHING_NEW").symmetric()).isFalse();
    }

    @Test
    void postponementsBeatCancellationsAndDenialsAreNeither() {
        assertThat(lexicon.change("Talks originally set for Thursday were postponed.")).contains("postponed");
        assertThat(lexicon.change("their talks were put off")).contains("postponed");
        assertThat(lexicon.change("The summit was called off on Monday.")).contains("cancelled");
        assertThat(lexicon.change("He had planned to stop over in Oslo.")).contains("cancelled");
        assertThat(lexicon.change("Washington has no plan to meet them.")).isEmpty();
        assertThat(lexicon.change("The relay race went ahead as scheduled.")).as("words start at a word boundary").isEmpty();
    }
}
