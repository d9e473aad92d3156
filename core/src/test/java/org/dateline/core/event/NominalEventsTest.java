package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Events told by a noun under a light verb: attacks carried out, a protest put in writing; a noun whose modifier
 * decides what it is ("an air strike" is no labour strike). Sentences invented for this test.
 */
class NominalEventsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void anAirStrikeCarriedOutIsAnAerialAttack() {
        eventsOf("Israel carried out an air strike on a Syrian army base on Sunday.")
                .anyMatch(e -> GoldEvents.typed(e, "ASSAULT", "ISR", "SYR") && e.cameo().equals("195"));
    }

    @Test void aStrikeWithoutThatModifierStaysALabourStrike() {
        eventsOf("Chilean miners staged a strike in Antofagasta on Monday.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }

    @Test void aRaidConductedIsAnAttack() {
        eventsOf("Sudanese forces conducted a raid on a rebel camp in Chad on Sunday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "SDN"));
    }

    @Test void aLetterOfProtestIsADenunciation() {
        eventsOf("The Peruvian foreign minister sent a letter of protest to the Chilean government on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL"));
        assertThat(code("The Peruvian foreign minister sent a letter to the Chilean government on Monday."))
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE"));
    }
}
