package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** What a protest is for is its aim, not a second event; a demand on its own stays one. Invented sentences. */
class ProtestAimsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean is(Event e, String type) { return String.valueOf(e.type()).equals(type); }

    @Test void aDemandAProtestIsStagedForIsNoEventOfItsOwn() {
        List<Event> es = code("Thousands of Kenyan students staged demonstrations in Nairobi on Monday to demand the "
                + "release of their leaders.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> is(e, "PROTEST")).noneMatch(e -> is(e, "REQUEST"));
    }

    @Test void aHungerStrikeToProtestIsOneProtest() {
        List<Event> es = code("Hundreds of Chilean miners began a hunger strike on Monday to protest against the "
                + "closure of their mine.");
        assertThat(es).as(GoldEvents.describe(es)).filteredOn(e -> is(e, "PROTEST")).hasSize(1);
    }

    @Test void aDemandOnItsOwnIsStillADemand() {
        List<Event> es = code("Peru demanded the release of its fishermen on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> is(e, "REQUEST"));
    }
}
