package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What the public of a product, a game or a team says among private parties ("fans complained about the
 * sequel") is no event; a public counterpart keeps it. Sentences written for this test.
 */
class ConsumerVoicesTest {

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
