package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;
import static org.dateline.core.language.LanguageAnalyzerTest.mention;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "he"/"she" go to a person of the pronoun's sex when the text gave one ({@link PronounSexes}), and never to the
 * person named in the words a pronoun's own speech tag reports ({@link SpeechTags}).
 */
class PronounSexAndSpeechTagTest {

    private static Entity pronoun(Analysis a, String text, int occurrence) {
        Entity e = mention(a, text, occurrence).orElseThrow(() -> new AssertionError("no '" + text + "' in " + a.entities()));
        assertThat(e.type()).isEqualTo(EntityType.PRONOUN);
        return e;
    }

    @Test
    void sheIsTheDaughterNotTheFatherWhoWasCalledHe() {
        Analysis a = analyze("It is none other than Mira Tanu, daughter of Hovan Tanu, who leads the drive. Hovan Tanu was "
                + "a dictator. He staged a coup. Nothing can Mira Tanu hide. She visited the capital in 2002.", null, null);
        assertThat(pronoun(a, "He", 0).canonical()).isEqualTo("Hovan Tanu");
        assertThat(pronoun(a, "She", 0).canonical()).isEqualTo("Mira Tanu");
    }

    @Test
    void aPronounWithNoSexGivenStillGoesToTheLastSubject() {
        Analysis a = analyze("Mira Tanu met the press. Hovan Tanu arrived later. She left at noon.", null, null);
        assertThat(pronoun(a, "She", 0).canonical()).isEqualTo("Hovan Tanu");
    }

    @Test
    void thePersonPraisedInTheWordsOfHeSaidIsNotHe() {
        Analysis a = analyze("Ro Su Bin, a visiting lecturer, toured the fruit farm on Monday. Chairman Pak Tong Il cared "
                + "even for the food of the people, he said. Earlier, he met former prisoners.", null, null);
        assertThat(pronoun(a, "he", 0).canonical()).isEqualTo("Ro Su Bin");
        assertThat(pronoun(a, "he", 1).canonical()).isEqualTo("Ro Su Bin");
    }

    @Test
    void aSubjectWithNoSpeechTagAfterItStillTakesTheNextHe() {
        Analysis a = analyze("Ro Su Bin toured the fruit farm on Monday. Pak Tong Il arrived in the afternoon. "
                + "Earlier, he met former prisoners.", null, null);
        assertThat(pronoun(a, "he", 0).canonical()).isEqualTo("Pak Tong Il");
    }
}
