package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** What a protest is for is its aim, not a second event; a demand on its own stays one. Invented sentences. */
class ProtestAimsTest {

    private static boolean is(Event e, String type) { return String.valueOf(e.type()).equals(type); }

    @Test void aDemandAProtestIsStagedForIsNoEventOfItsOwn() {
        eventsOf("Thousands of Kenyan students staged demonstrations in Nairobi on Monday to demand the "
                + "release of their leaders.")
                .anyMatch(e -> is(e, "PROTEST")).noneMatch(e -> is(e, "REQUEST"));
    }

    @Test void aHungerStrikeToProtestIsOneProtest() {
        eventsOf("Hundreds of Chilean miners began a hunger strike on Monday to protest against the "
                + "closure of their mine.")
                .filteredOn(e -> is(e, "PROTEST")).hasSize(1);
    }

    @Test void aDemandOnItsOwnIsStillADemand() {
        eventsOf("Peru demanded the release of its fishermen on Monday.").anyMatch(e -> is(e, "REQUEST"));
    }
}
