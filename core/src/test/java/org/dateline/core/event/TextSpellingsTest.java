package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** Names in events are spelled as the article spells them, not as a dictionary respells them. Invented names. */
class TextSpellingsTest {

    private static Entity person(String text, String canonical) {
        return new Entity(text, EntityType.PERSON, 0, text.length(), canonical, "RUR", "GOV", null, 0);
    }

    private static Participant named(String name) { return new Participant(name, "RUR", "GOV"); }

    @Test void aDictionaryRespellingTakesTheSpellingTheArticleWritesMostOften() {
        TextSpellings s = new TextSpellings(List.of(person("Ana Vel Orrin", "Ana Vel-orrin"),
                person("Ana Vel Orrin", "Ana Vel-orrin"), person("Ana Vel-Orrin", "Ana Vel-orrin")));
        assertThat(s.respelled(named("Ana Vel-orrin")).name()).isEqualTo("Ana Vel Orrin");
    }

    @Test void aCanonicalTheArticleWritesItselfIsKept() {
        TextSpellings s = new TextSpellings(List.of(person("Ana Vel Orrin", "Ana Vel-orrin"),
                person("Ana Vel-orrin", "Ana Vel-orrin")));
        assertThat(s.respelled(named("Ana Vel-orrin")).name()).isEqualTo("Ana Vel-orrin");
    }

    @Test void aSurnameAloneOrALongerNameIsNoSpellingOfTheWholeName() {
        TextSpellings s = new TextSpellings(List.of(person("Orrin", "Ana Vel-orrin"),
                person("Ana Vel Orrin Academy", "Ana Vel-orrin")));
        assertThat(s.respelled(named("Ana Vel-orrin")).name()).isEqualTo("Ana Vel-orrin");
    }

    @Test void theCountryAndSectorOfTheParticipantStay() {
        TextSpellings s = new TextSpellings(List.of(person("Ana Vel Orrin", "Ana Vel-orrin")));
        assertThat(s.respelled(new Participant("Ana Vel-orrin", "XYZ", "MIL")))
                .isEqualTo(new Participant("Ana Vel Orrin", "XYZ", "MIL"));
    }

    @Test void aLeaderTheDictionarySpellsWithAHyphenActsUnderTheArticlesSpelling() {
        // people.tsv spells this leader "Kim Jong-un"; a story writing "Kim Jong Un" must be found under that name
        eventsOf("Kim Jong Un met the visiting foreign minister of Laos in Pyongyang on Tuesday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> p.name().equals("Kim Jong Un")))
                .noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().equals("Kim Jong-un")));
    }
}
