package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Seizing a chance and retreating from a position are idioms, no seizure or withdrawal. Sentences written for this test. */
class TakenChancesTest {

    @Test
    void seizingAChanceSeizesNothing() {
        eventsOf("Brazilian farmers seized the opportunity to sell more soybeans to Chinese buyers.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void retreatingFromAPositionWithdrawsNoForces() {
        eventsOf("The Chilean Interior Ministry retreated from its position on the water law last week.")
                .noneMatch(e -> e.type() == EventType.RETREAT);
    }

    /** A guard: troops seizing a town still seize it. */
    @Test
    void troopsSeizingATownStillSeizeIt() {
        eventsOf("Malian troops seized the town of Gao from the rebels on Sunday.").isNotEmpty();
    }
}
