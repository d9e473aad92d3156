package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Greeting an arriving party in person is the ceremony of the visit and folds into it; a message of greetings sent,
 * and a welcome given to an agreement, stay acts of support. Stories written for this test.
 */
class ArrivalGreetingsTest {
    private static final String ARRIVAL = "ULAN BATOR, May 9 -- A Cuban parliamentary delegation led by Speaker Ana Ruiz"
            + " arrived here on Monday to visit Mongolia. ";

    @Test
    void aDelegationGreetedAtTheAirportByItsHostsReceivesNoSeparateSupport() {
        eventsOf(ARRIVAL + "The delegation was greeted at the airport by Batbold Dorj, vice-chairman of the State Great Hural.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void officialsWhoCameToGreetTheSpeakerGiveNoSeparateSupport() {
        eventsOf(ARRIVAL + "Senior officials of the Foreign Ministry came to the station to greet her.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void aMessageOfGreetingsSentToAForeignLeaderIsStillSupport() {
        eventsOf(ARRIVAL + "Mongolian President Batbayar Sukh sent greetings to Cuban President Luis Perez on Monday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void aMinisterWhoWelcomesAnAgreementStillSupportsIt() {
        eventsOf(ARRIVAL + "Mongolian Foreign Minister Sukh Bat on Monday welcomed the trade agreement between Cuba and Vietnam.")
                .anyMatch(e -> e.type() == EventType.SUPPORT);
    }
}
