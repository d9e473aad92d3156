package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A modal with the perfect judges the past ("must not have written", "should have warned"): an inference or a
 * regret, no demand of anyone, while the same modal with a bare verb still reports a demand. Invented sentences.
 */
class ModalJudgementsOfThePastTest {

    @Test void anInferenceAboutThePastAsksNothing() {
        eventsOf("``The Peruvian minister must not have written the letter himself,'' said a spokesman for the Bolivian family.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void theSameModalWithABareVerbIsStillADemand() {
        eventsOf("``Peru must withdraw its troops from the border,'' said the Bolivian foreign minister on Monday.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }
}
