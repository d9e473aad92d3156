package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The one an act is done to when the text names it one step away from the verb, on sentences written for this test:
 * the possessor or "of" phrase of a prepositional phrase's noun ("protested against the court's ruling", "condolences
 * on the death of X"), the state a blamed act's modifier names ("the Peruvian blockade"), and an object "him" or "her"
 * standing for the lone actor last told of.
 */
class ObliqueAndPronounRecipientsTest {

    private static boolean aimedAt(Event e, String country) {
        return e.recipients().stream().anyMatch(p -> country.equals(p.country()));
    }

    private static boolean aimedAtName(Event e, String part) {
        return e.recipients().stream().anyMatch(p -> p.name() != null && p.name().contains(part));
    }

    @Test
    void aCondolenceOnTheDeathOfSomeoneIsAddressedToThatPerson() {
        eventsOf("The Indian ambassador expressed deep condolences on the death of Kim Jong Il.")
                .anyMatch(e -> e.type() == EventType.SUPPORT && aimedAt(e, "PRK"));
    }

    @Test
    void aProtestAgainstACourtsRulingIsAimedAtTheCourt() {
        eventsOf("The Chilean miners' union strongly protested against the court's ruling on Monday.")
                .anyMatch(e -> e.type() == EventType.PROTEST && aimedAtName(e, "court"));
    }

    @Test
    void blamingAnActNamedByItsDoersNationalityBlamesThatState() {
        eventsOf("The Bolivian envoy denounced the Peruvian blockade against Bolivia in his speech.")
                .anyMatch(e -> e.type() == EventType.ACCUSE && aimedAt(e, "PER"));
    }

    @Test
    void anActAgainstAStateIsNotItsOwnWhenTheModifierSaysAnti() {
        eventsOf("The Bolivian envoy denounced the anti-Peruvian blockade in his speech.")
                .noneMatch(e -> e.type() == EventType.ACCUSE && aimedAt(e, "PER"));
    }

    @Test
    void anObjectHimStandsForTheVisitorLastToldOf() {
        eventsOf("Juan Perez, chairman of the Socialist Party of Chile, arrived in Hanoi on Monday.\n\n"
                + "The Vietnamese president praised him for his contribution to friendship.")
                .anyMatch(e -> e.type() == EventType.SUPPORT && aimedAt(e, "CHL"));
    }

    @Test
    void anObjectHimIsNeverTheClausesOwnSubject() {
        eventsOf("The Vietnamese president arrived in Santiago on Monday.\n\n"
                + "The Vietnamese president praised him for his contribution to friendship.")
                .noneMatch(e -> e.type() == EventType.SUPPORT && aimedAt(e, "VNM"));
    }
}
