package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A plural act noun whose doers are a list of parties of several states is one act per party, each with its own actor
 * (CODING.md questions 127, 130 and 135); a singular noun or a word of joint doing keeps one act with every doer. On
 * sentences written for this test.
 */
class DistributedActsTest {

    private static boolean supportBy(Event e, String country) {
        return e.type() == EventType.SUPPORT && e.actors().size() == 1 && country.equals(e.actors().get(0).country());
    }

    private static long support(List<? extends Event> es) {
        return es.stream().filter(e -> e.type() == EventType.SUPPORT).count();
    }

    @Test void messagesReceivedFromThreePartiesOfThreeStatesAreThreeActsEachWithItsOwnSender() {
        eventsOf("The Central Committee of the Ruling Party received messages of congratulation from the Communist Party"
                + " of Peru, the Socialist Party of Chile and the Labour Party of Ghana on May 8.")
                .anyMatch(e -> supportBy(e, "PER"))
                .anyMatch(e -> supportBy(e, "CHL"))
                .anyMatch(e -> supportBy(e, "GHA"));
    }

    @Test void messagesSentByThePresidentsOfThreeStatesAreOneActPerState() {
        eventsOf("The president of Peru, the prime minister of Chile and the president of Ghana sent messages of"
                + " greeting to Nelson Mandela on May 8.")
                .anyMatch(e -> supportBy(e, "PER"))
                .anyMatch(e -> supportBy(e, "CHL"))
                .anyMatch(e -> supportBy(e, "GHA"));
    }

    @Test void oneMessageOfTwoPartiesIsOneActOfBoth() {
        eventsOf("The Communist Party of Peru and the Socialist Party of Chile sent a message of greeting to Nelson"
                + " Mandela on May 8.")
                .satisfies(es -> assertThat(support(es)).isLessThanOrEqualTo(1))
                .noneMatch(e -> e.type() == EventType.SUPPORT && e.actors().size() == 1
                        && "CHL".equals(e.actors().get(0).country()));
    }

    @Test void jointMessagesOfTwoPartiesStayOneAct() {
        eventsOf("The Communist Party of Peru and the Socialist Party of Chile jointly sent messages of greeting to"
                + " Nelson Mandela on May 8.")
                .satisfies(es -> assertThat(support(es)).isLessThanOrEqualTo(1));
    }

    @Test void agreementsSignedByTwoStatesAreTheSignatoriesOneAct() {
        eventsOf("Peru and Chile signed agreements on trade and fisheries in Lima on May 8.")
                .noneMatch(e -> "057".equals(e.cameo()) && e.actors().size() == 1);
    }
}
