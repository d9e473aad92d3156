package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * Countries the coder must not make up: one a state sends away is not that state's, a name before "and" does not take
 * the country phrase after the last name of the coordination, and a commentary's epithet ("the group of traitors")
 * is the ruling group the story named, or no one it can place.
 */
class RemovalsAndEpithetsTest {
    private static List<Participant> recipients(List<Event> es) {
        return es.stream().flatMap(e -> e.recipients().stream()).toList();
    }

    @Test void aPersonExpelledFromAStateIsNotGivenThatStatesCode() {
        List<Event> es = GoldEvents.codeTitled("Diplomat Expelled", "The Dutch authorities expelled Ahmed Salem from the Netherlands on Monday.");
        assertThat(recipients(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().equals("Ahmed Salem"))
                .noneMatch(p -> p.name().equals("Ahmed Salem") && "NLD".equals(p.country()));
    }

    @Test void aJournalistExpelledFromAStateIsThatStatesActWithoutBeingItsCitizen() {
        List<Event> es = GoldEvents.codeTitled("Expulsion", "The journalist was expelled from Thailand on Friday.");
        assertThat(es).as(GoldEvents.describe(es))
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "THA".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> p.name().contains("journalist") && p.country() == null));
    }

    @Test void aCountryPhraseAfterTheLastNameOfACoordinationIsThatNamesAlone() {
        List<Event> es = GoldEvents.codeTitled("Papers Comment", "The daily La Prensa and Reuters of Britain criticized the policy on Monday.");
        assertThat(GoldEvents.everyone(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().equals("La Prensa"))
                .noneMatch(p -> p.name().equals("La Prensa") && "GBR".equals(p.country()));
    }

    @Test void theGovernmentAndPeopleOfAStateStillShareTheirCountryPhrase() {
        List<Event> es = GoldEvents.codeTitled("Message", "The Peruvian president praised the Government and people of Chile on Monday.");
        assertThat(recipients(es)).as(GoldEvents.describe(es))
                .anyMatch(p -> p.name().toLowerCase().contains("government") && "CHL".equals(p.country()));
    }

    @Test void theGroupOfTraitorsIsTheRulingGroupTheStoryNamedBefore() {
        List<Event> es = GoldEvents.codeTitled("Students Rally", "The Lee Myung Bak regime of south Korea staged a farce in Seoul. "
                + "Students of the university in Pyongyang denounced the group of traitors on Monday.");
        assertThat(es.stream().filter(e -> e.actors().stream().anyMatch(p -> p.name().contains("Students")))
                .flatMap(e -> e.recipients().stream()).toList())
                .as(GoldEvents.describe(es)).anyMatch(p -> "KOR".equals(p.country()));
    }

    @Test void thePuppetsOfAStoryThatNamedNoRulingGroupAreGivenNoCountry() {
        List<Event> es = GoldEvents.codeTitled("Drills Under Fire", "A military drill was held in Seoul on Monday. "
                + "The army of the DPRK accused the puppets of escalating tension.");
        assertThat(recipients(es)).as(GoldEvents.describe(es))
                .noneMatch(p -> p.name().contains("puppets") && p.country() != null);
    }
}
