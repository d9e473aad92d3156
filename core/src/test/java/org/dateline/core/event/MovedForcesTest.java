package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The forces a state moves or deploys are its own, not the other side. Sentences written for this test. */
class MovedForcesTest {

    @Test
    void troopsMovedIntoARegionAreNoRecipient() {
        eventsOf("Iran threatened Bahrain on Monday. France deployed additional troops to the Gulf on Tuesday.")
                .anyMatch(e -> e.type() == EventType.MOBILIZE)
                .noneMatch(e -> e.type() == EventType.MOBILIZE
                        && e.recipients().stream().anyMatch(p -> "MIL".equals(p.sector())));
    }

    /** A guard: forces sent against a named side still have that side. */
    @Test
    void troopsDeployedAgainstRebelsStillFaceThem() {
        eventsOf("Chad deployed troops against the Boko Haram militants on Tuesday.")
                .anyMatch(e -> e.type() == EventType.MOBILIZE && !e.recipients().isEmpty());
    }

    /** A guard: forces strengthened in another state face that state. */
    @Test
    void forcesStrengthenedInAnotherStateFaceThatState() {
        eventsOf("Turkey has strengthened its forces in Syria since the attack on its convoy last week.")
                .anyMatch(e -> e.type() == EventType.MOBILIZE
                        && e.recipients().stream().anyMatch(p -> "SYR".equals(p.country())));
    }
}
