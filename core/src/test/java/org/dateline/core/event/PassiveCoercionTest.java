package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An arrest, sentence or expulsion told in the passive without its agent is the act of the authorities of where it
 * happened; placed nowhere, it still happened and stands with no actor (s26: the hand-coding conventions code an agentless
 * passive with actors [], and local crime news rarely names its state). Invented sentences.
 */
class PassiveCoercionTest {
    @Test void anArrestWithoutAnAgentIsTheAuthoritiesOfThePlace() {
        List<Event> es = GoldEvents.codeStory("Two opposition activists were arrested in Harare on Saturday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.actedBy(e, "COERCE", "ZWE"));
    }

    @Test void anArrestPlacedNowhereStandsWithNoActor() {
        List<Event> es = GoldEvents.codeStory("The man was arrested on Saturday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE && e.actors().isEmpty());
    }

    @Test void anArrestWithItsAgentKeepsTheAgent() {
        List<Event> es = GoldEvents.codeStory("Two activists were arrested by Zambian police in Harare on Saturday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.actedBy(e, "COERCE", "ZMB"));
    }
}
