package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What an accusation charges ("accused X of shelling", "blamed Y for attacking") is one side's claim, not an act the
 * text asserts: the accusation is the event, the charged act is not coded apart. Invented sentences.
 */
class ChargedActsTest {
    @Test void anActChargedWithOfIsNoEventOfItsOwn() {
        List<Event> es = GoldEvents.codeStory("Armenia accused Azerbaijan of shelling villages near the border on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "ARM", "AZE"))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void anActBlamedWithForIsNoEventOfItsOwn() {
        List<Event> es = GoldEvents.codeStory("Sudan blamed Chadian rebels for attacking a convoy in Darfur.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE)
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void anActTheTextItselfAssertsStaysBesideTheAccusation() {
        List<Event> es = GoldEvents.codeStory(
                "Azerbaijani troops shelled two Armenian villages on Sunday, and Armenia accused Baku of aggression.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT)
                .anyMatch(e -> e.type() == EventType.ACCUSE);
    }
}
