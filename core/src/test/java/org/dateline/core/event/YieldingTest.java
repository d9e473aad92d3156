package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Yielding and pulling back, on sentences written for this test: giving back what was taken, handing over power,
 * stepping down, laying down arms, granting independence, recalling an ambassador; and the same verbs with other
 * objects are no such event.
 */
class YieldingTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean has(List<Event> es, EventType type) { return es.stream().anyMatch(e -> e.type() == type); }

    @Test
    void givingBackWhatWasTakenIsARetreat() {
        List<Event> es = code("Namibia returned the seized fishing boats to Angola.");
        assertThat(has(es, EventType.RETREAT)).as(GoldEvents.describe(es)).isTrue();
        es = code("The Namibian president returned to Windhoek on Monday.");
        assertThat(has(es, EventType.RETREAT)).as(GoldEvents.describe(es)).isFalse();
    }

    @Test
    void leavingPowerIsAConcession() {
        List<Event> es = code("The Malagasy president stepped down after weeks of protests.");
        assertThat(has(es, EventType.CONCEDE)).as(GoldEvents.describe(es)).isTrue();
        es = code("The Gambian president handed over power to the opposition leader.");
        assertThat(has(es, EventType.CONCEDE)).as(GoldEvents.describe(es)).isTrue();
        es = code("Portugal granted independence to Angola in 1975.");
        assertThat(has(es, EventType.CONCEDE)).as(GoldEvents.describe(es)).isTrue();
    }

    @Test
    void layingDownArmsIsARetreatAndRecallingAnAmbassadorASanction() {
        List<Event> es = code("Nepalese Maoist rebels laid down their weapons on Friday.");
        assertThat(has(es, EventType.RETREAT)).as(GoldEvents.describe(es)).isTrue();
        es = code("Morocco recalled its ambassador from Sweden.");
        assertThat(has(es, EventType.SANCTION)).as(GoldEvents.describe(es)).isTrue();
        es = code("Morocco withdrew its ambassador from Sweden.");
        assertThat(has(es, EventType.SANCTION)).as(GoldEvents.describe(es)).isTrue();
    }
}
