package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.language.LanguageAnalyzerTest.analyze;
import static org.dateline.core.language.LanguageAnalyzerTest.mention;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/** Whom "he" and "she" stand for: the last person who was a subject, not a name listed or used as a modifier. */
class PronounAntecedentsTest {

    private static Entity pronoun(Analysis a, String text, int occurrence) {
        Entity e = mention(a, text, occurrence).orElseThrow(() -> new AssertionError("no '" + text + "' in " + a.entities()));
        assertThat(e.type()).isEqualTo(EntityType.PRONOUN);
        return e;
    }

    @Test
    void aNameInAListAfterAPrepositionIsNoSubjectEvenAfterAComma() {
        Analysis a = analyze("Councillor Ruth Okafor said on Monday that her memoir was about Daniel Brennan, "
                + "Marcus Hale and other former colleagues. She pledged to give the proceeds to a shelter.", null, null);
        assertThat(pronoun(a, "She", 0).canonical()).isEqualTo("Ruth Okafor");
    }

    @Test
    void aNameThatModifiesANounIsNoSubject() {
        Analysis a = analyze("Tomas Varga arrived in the capital on Sunday. Varga is a longtime Brennan loyalist. "
                + "He called for new elections on Tuesday.", null, null);
        assertThat(pronoun(a, "He", 0).canonical()).isEqualTo("Tomas Varga");
    }

    @Test
    void theFirstNameOfAListAfterACommaStillOpensItsClause() {
        // guard: "In 2019, X said" -- a comma after a non-name leaves the name a subject
        Analysis a = analyze("Daniel Brennan spoke first. In 2019, Marcus Hale wrote to the board. He asked for an audit.",
                null, null);
        assertThat(pronoun(a, "He", 0).canonical()).isEqualTo("Marcus Hale");
    }
}
