package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {
    private static Sentence numbered(int index) {
        return new Sentence(index, index * 10, index * 10 + 9, List.of(), List.of());
    }

    @Test
    void aSentenceIsFoundByItsNumberEvenWhenTheListLeftOthersOut() {
        List<Sentence> kept = List.of(numbered(0), numbered(2), numbered(3));   // sentence 1 was too long to parse
        assertThat(Sentence.numbered(kept, 0)).isSameAs(kept.get(0));
        assertThat(Sentence.numbered(kept, 2)).isSameAs(kept.get(1));
        assertThat(Sentence.numbered(kept, 3)).isSameAs(kept.get(2));
    }

    @Test
    void aNumberNoSentenceCarriesGivesNone() {
        List<Sentence> kept = List.of(numbered(0), numbered(2));
        assertThat(Sentence.numbered(kept, 1)).isNull();
        assertThat(Sentence.numbered(kept, -1)).isNull();
        assertThat(Sentence.numbered(kept, 7)).isNull();
    }
}
