package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Seizing a chance and retreating from a position are idioms, no seizure or withdrawal. Sentences written for this test. */
class TakenChancesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void seizingAChanceSeizesNothing() {
        List<Event> es = code("Brazilian farmers seized the opportunity to sell more soybeans to Chinese buyers.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void retreatingFromAPositionWithdrawsNoForces() {
        List<Event> es = code("The Chilean Interior Ministry retreated from its position on the water law last week.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.RETREAT);
    }

    /** A guard: troops seizing a town still seize it. */
    @Test
    void troopsSeizingATownStillSeizeIt() {
        List<Event> es = code("Malian troops seized the town of Gao from the rebels on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).isNotEmpty();
    }
}
