package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The people of a country stand for the other side of a domestic act only when the act is done to something the
 * text names (an object, a passive subject) or in a place of that country; an act done to nothing named or to
 * oneself would get the actor's own people made up. Sentences
 * written for this test.
 */
class MadeUpRecipientsTest {

    private static boolean peopleOf(Event e) {
        return e.recipients().stream().anyMatch(p -> p.name() != null && p.name().startsWith("people of"));
    }

    @Test
    void anActDoneToNothingNamedHasNoMadeUpPeopleAsItsRecipient() {
        eventsOf("Peruvian troops were bombarding heavily all night, officials said.")
                .anyMatch(e -> e.type() == EventType.ASSAULT)
                .noneMatch(MadeUpRecipientsTest::peopleOf);
    }

    @Test
    void anActDoneToOneselfHasNoMadeUpPeopleAsItsRecipient() {
        eventsOf("A Chadian army officer killed himself on Wednesday.").noneMatch(MadeUpRecipientsTest::peopleOf);
    }

    @Test
    void anActDoneToUnnamedPeopleKeepsThePeopleOfTheCountryAsItsRecipient() {
        eventsOf("Kenyan police killed three on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT
                        && e.recipients().stream().anyMatch(p -> "KEN".equals(p.country())));
        eventsOf("Kenyan police arrested dozens of people on Monday.")
                .anyMatch(e -> e.type() == EventType.COERCE
                        && e.recipients().stream().anyMatch(p -> "KEN".equals(p.country())));
    }

    @Test
    void anActWhoseAimOrTollNamesPeopleKeepsThePeopleOfTheCountryAsItsRecipient() {
        eventsOf("Bolivian police opened fire to disperse striking miners on Friday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT
                        && e.recipients().stream().anyMatch(p -> "BOL".equals(p.country())));
    }

    @Test
    void aPassiveWhoseSubjectTheParserRaisedKeepsThePeopleOfTheCountryAsItsRecipient() {
        eventsOf("Two Kenyan guards were killed or wounded on Monday.")
                .allMatch(e -> e.type() != EventType.ASSAULT
                        || e.recipients().stream().anyMatch(p -> "KEN".equals(p.country())));
    }

    @Test
    void anActInAPlaceKeepsThatPlacesCountryAsItsRecipient() {
        eventsOf("Peruvian troops were bombarding the hills in southern Peru all night.")
                .anyMatch(e -> e.type() == EventType.ASSAULT
                        && e.recipients().stream().anyMatch(p -> "PER".equals(p.country())));
    }
}
