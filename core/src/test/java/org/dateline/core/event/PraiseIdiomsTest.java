package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * Fixed phrases of praise and honour voiced by a light verb ("expressed reverence for", "expressed thanks to",
 * "expressed admiration for") are praise of the one honoured; the nouns alone are none; on sentences
 * written for this test.
 */
class PraiseIdiomsTest {

    @Test void expressingReverenceForALeaderPraisesHim() {
        eventsOf("The Peruvian delegates expressed deep reverence for the Cuban president on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "PER", "CUB"));
    }

    @Test void expressingThanksToAGovernmentPraisesIt() {
        eventsOf("The Bolivian ministers expressed thanks to the Chinese government for the aid.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "BOL", "CHN"));
    }

    @Test void expressingAdmirationForALeaderPraisesHim() {
        eventsOf("Indian senators expressed admiration for the Brazilian president during the visit.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "IND", "BRA"));
    }

    @Test void thanksToTheRainIsNoPraise() {
        eventsOf("Thanks to the rain, Kenyan farmers had a good harvest this year.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void respectForTheLawShownIsNoPraise() {
        eventsOf("Ghanaian voters showed respect for the law during the election.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void theFloorTakenByNamedSpeakersMakesThemTheSpeakers() {
        eventsOf("A rally of Bolivian miners was held in Oruro on Monday.\n\n"
                + "The floor was taken by Juan Perez, chairman of the Bolivian Mine Workers' Federation, and others.\n\n"
                + "The speakers denounced the Peruvian government for closing the border.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "PER"));
    }
}
