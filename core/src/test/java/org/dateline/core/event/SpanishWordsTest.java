package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Spanish lexicon's forms made by rule (no models needed). */
class SpanishWordsTest {
    private final SpanishWords words = SpanishWords.standard();

    @Test
    void aRegularPreteriteIsFoundWithOrWithoutItsAccent() {
        assertThat(words.lookup("visitó")).extracting(f -> f.trigger().cameo()).containsExactly("042");
        assertThat(words.lookup("Visito")).extracting(f -> f.trigger().cameo()).containsExactly("042");
        assertThat(words.lookup("reunieron")).extracting(f -> f.trigger().lemma()).containsExactly("reunir");
    }

    @Test
    void theFutureIsMarkedAsSuchAndThePresentIsNot() {
        assertThat(words.lookup("visitará")).allMatch(SpanishWords.Form::future);
        assertThat(words.lookup("visita")).noneMatch(SpanishWords.Form::future);
    }

    @Test
    void aNounIsFoundInItsPluralAndALightVerbInItsIrregularPreterite() {
        assertThat(words.lookup("conversaciones")).extracting(f -> f.trigger().lemma()).containsExactly("conversacion");
        assertThat(words.infinitive("sostuvo")).isEqualTo("sostener");
        assertThat(words.infinitive("envió")).isEqualTo("enviar");
    }

    @Test
    void aFeminineOrPluralDemonymIsFormedFromTheMasculine() {
        assertThat(SpanishActors.demonymForms("chino")).contains("china", "chinos", "chinas");
        assertThat(SpanishActors.demonymForms("japones")).contains("japonesa", "japoneses");
    }

    @Test
    void wordsWrittenWithoutTheirAccentGetItBackInPlace() {
        String text = "Llego por avion y por via aerea a la Republica, y esta es la reunion.";
        String fixed = words.accented(text);
        assertThat(fixed).isEqualTo("Llegó por avión y por vía aérea a la República, y esta es la reunión.");
        assertThat(fixed).hasSameSizeAs(text);
    }

    @Test
    void aFormLikeAPreteriteAfterADeterminerIsTheNounAndKeepsItsSpelling() {
        assertThat(words.accented("Hubo el intercambio de opiniones y se intercambio el saludo."))
                .isEqualTo("Hubo el intercambio de opiniones y se intercambió el saludo.");
    }
}
