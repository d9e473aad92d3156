package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<Event> es = code("Israel carried out an air strike on a Syrian army base on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ASSAULT", "ISR", "SYR") && e.cameo().equals("195"));
    }

    @Test void aStrikeWithoutThatModifierStaysALabourStrike() {
        List<Event> es = code("Chilean miners staged a strike in Antofagasta on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }

    @Test void aRaidConductedIsAnAttack() {
        List<Event> es = code("Sudanese forces conducted a raid on a rebel camp in Chad on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "SDN"));
    }

    @Test void aLetterOfProtestIsADenunciation() {
        List<Event> es = code("The Peruvian foreign minister sent a letter of protest to the Chilean government on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL"));
        assertThat(code("The Peruvian foreign minister sent a letter to the Chilean government on Monday."))
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE"));
    }
}
