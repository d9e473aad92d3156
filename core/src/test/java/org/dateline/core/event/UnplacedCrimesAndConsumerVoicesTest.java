package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * (s33 nonpol) Two kinds of acts among private parties that the conventions do not code: a killing or wounding placed
 * in no state, of private people by no one placed (a crime or an accident as such), and what the public of a product,
 * a game or a team says among private parties ("fans complained about the sequel"). Soldiers, police, a placed party
 * or a public counterpart keep the event. Sentences written for this test.
 */
class UnplacedCrimesAndConsumerVoicesTest {

    @Test
    void occupantsKilledInACrashPlacedNowhereAreNoAttack() {
        eventsOf("All four occupants of the other vehicle were killed.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("One person was injured outside the bar late on Saturday.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void soldiersOrAPlacedPartyKeepTheAttack() {
        eventsOf("Two soldiers were killed in an ambush on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("Three civilians were killed in an air strike on Gaza on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void fansComplainingAboutAGameAccuseNoOne() {
        eventsOf("Fans complained about the dark tone of the sequel.")
                .noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test
    void fansActingAgainstAPublicPartyStillAct() {
        eventsOf("Fans of the club protested against the sports ministry of Brazil on Monday.")
                .anyMatch(e -> e.type() == EventType.PROTEST);
        eventsOf("Fans of the club accused the police of Peru of brutality on Monday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE);
    }
}
