package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A modal spelling after a determiner or a possessive is a noun; a modal after a subject stays one. Invented tokens. */
class ModalNounsTest {
    private static Token tok(int i, String word, String pos) { return new Token(i, i * 10, i * 10 + word.length(), word, word, pos, "O"); }

    @Test
    void aModalAfterAPossessiveOrADeterminerIsANoun() {
        assertThat(ModalNouns.repair(tok(1, "might", "MD"), tok(0, "its", "PRP$")).pos()).isEqualTo("NN");
        assertThat(ModalNouns.repair(tok(1, "will", "MD"), tok(0, "the", "DT")).pos()).isEqualTo("NN");
    }

    @Test
    void aModalAfterASubjectStaysAModal() {
        assertThat(ModalNouns.repair(tok(1, "might", "MD"), tok(0, "they", "PRP")).pos()).isEqualTo("MD");
        assertThat(ModalNouns.repair(tok(0, "Might", "MD"), null).pos()).isEqualTo("MD");
    }

    @Test
    void theAnalyzerTagsTheMightOfAStateAsANoun() {
        Analysis a = LanguageAnalyzerTest.analyze("The paper said that Bolivia is demonstrating its might as a power.",
                null, null);
        assertThat(a.sentences().get(0).tokens()).filteredOn(t -> t.word().equals("might"))
                .extracting(Token::pos).containsOnly("NN");
    }
}
