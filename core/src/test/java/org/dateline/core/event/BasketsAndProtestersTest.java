package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * A floral basket conveyed to someone honours them as one sent does, and a "they" opening the sentence
 * after a protest, with no group of two told, is the protesters; on sentences written for this test.
 */
class BasketsAndProtestersTest {

    @Test void aFloralBasketConveyedToSomeoneHonoursThem() {
        eventsOf("The Prime Minister of Laos conveyed a floral basket to the President of Cuba.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "LAO", "CUB"));
    }

    @Test void theyAfterARallyAreThePeopleWhoHeldIt() {
        eventsOf("Bolivian miners held a rally in La Paz on Sunday.\n\n"
                + "They demanded the Peruvian government reopen the border at once.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "BOL", "PER"));
    }

    @Test void theyAfterAnotherSideHasActedAreNotTheProtesters() {
        eventsOf("Bolivian miners held a rally in La Paz on Sunday.\n\n"
                + "Chilean police officers arrested two Peruvian journalists in Arica on Monday.\n\n"
                + "They accused the Peruvian government of lying.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                        && e.actors().stream().anyMatch(p -> "BOL".equals(p.country())));
    }
}
