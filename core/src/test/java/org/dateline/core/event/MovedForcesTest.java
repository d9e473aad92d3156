package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The forces a state moves or deploys are its own, not the other side. Sentences written for this test. */
class MovedForcesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void troopsMovedIntoARegionAreNoRecipient() {
        List<Event> es = code("Iran threatened Bahrain on Monday. France deployed additional troops to the Gulf on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.MOBILIZE);
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.MOBILIZE
                && e.recipients().stream().anyMatch(p -> "MIL".equals(p.sector())));
    }

    /** A guard: forces sent against a named side still have that side. */
    @Test
    void troopsDeployedAgainstRebelsStillFaceThem() {
        List<Event> es = code("Chad deployed troops against the Boko Haram militants on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.MOBILIZE && !e.recipients().isEmpty());
    }

    /** A guard: forces strengthened in another state face that state. */
    @Test
    void forcesStrengthenedInAnotherStateFaceThatState() {
        List<Event> es = code("Turkey has strengthened its forces in Syria since the attack on its convoy last week.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.MOBILIZE
                && e.recipients().stream().anyMatch(p -> "SYR".equals(p.country())));
    }
}
