package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * (s26 kvol) A floral basket conveyed to someone honours them as one sent does, and a "they" opening the sentence
 * after a protest, with no group of two told, is the protesters; on sentences written for this test.
 */
class BasketsAndProtestersTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aFloralBasketConveyedToSomeoneHonoursThem() {
        List<Event> es = code("The Prime Minister of Laos conveyed a floral basket to the President of Cuba.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "LAO", "CUB"));
    }

    @Test void theyAfterARallyAreThePeopleWhoHeldIt() {
        List<Event> es = code("Bolivian miners held a rally in La Paz on Sunday.\n\n"
                + "They demanded the Peruvian government reopen the border at once.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "REQUEST", "BOL", "PER"));
    }

    @Test void theyAfterAnotherSideHasActedAreNotTheProtesters() {
        List<Event> es = code("Bolivian miners held a rally in La Paz on Sunday.\n\n"
                + "Chilean police officers arrested two Peruvian journalists in Arica on Monday.\n\n"
                + "They accused the Peruvian government of lying.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                && e.actors().stream().anyMatch(p -> "BOL".equals(p.country())));
    }
}
