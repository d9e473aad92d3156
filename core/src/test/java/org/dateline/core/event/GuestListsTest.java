package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A hosting whose guests are named only in the next sentence ("Present there on invitation were ..."): the guests are
 * the hosting's other side; with no such sentence the hosting stays uncoded. Invented sentences.
 */
class GuestListsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void guestsListedInTheNextSentenceAreTheHostingsRecipients() {
        assertThat(code("The Chilean ambassador to Peru gave a reception at his embassy on Monday on the national day of "
                + "Chile.\n\nPresent there on invitation were Peruvian Foreign Minister Luis Vega and officials of the "
                + "Peruvian Ministry of Trade."))
                .anyMatch(e -> GoldEvents.typed(e, "CONSULT", "CHL", "PER"));
    }

    @Test void aSingleGuestAfterWasIsTheRecipientToo() {
        assertThat(code("The Bolivian embassy hosted a banquet on Friday to mark the anniversary of its army.\n\n"
                + "Present at the banquet was Peruvian Defence Minister Ana Rojas."))
                .anyMatch(e -> GoldEvents.typed(e, "CONSULT", "BOL", "PER"));
    }

    @Test void aHostingFollowedByAnotherKindOfSentenceHasNoEvent() {
        assertThat(code("The Chilean ambassador gave a reception at his embassy on Monday.\n\n"
                + "The speakers praised the friendship between the two peoples."))
                .noneMatch(e -> e.type() == EventType.CONSULT && "043".equals(e.cameo()));
    }

    @Test void aHostingThatNamesItsGuestsKeepsThemWithoutTheNextSentence() {
        assertThat(code("The Chilean ambassador gave a reception for a Peruvian trade delegation on Monday.\n\n"
                + "Present there were officials of the embassy."))
                .anyMatch(e -> GoldEvents.typed(e, "CONSULT", "CHL", "PER"));
    }
}
