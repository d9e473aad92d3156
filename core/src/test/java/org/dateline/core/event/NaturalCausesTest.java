package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** Harm done by a natural force or an accident is nobody's attack. Invented sentences. */
class NaturalCausesTest {
    private static List<Event> assaults(String body) {
        return GoldEvents.codeStory(body).stream().filter(e -> e.type() == EventType.ASSAULT).toList();
    }

    @Test void aQuakeThatKillsIsNoAttack() {
        assertThat(assaults("A strong earthquake killed at least 40 people in western Nepal on Friday.")).isEmpty();
        assertThat(assaults("Rescuers searched the rubble after a quake that killed 40 villagers in Nepal.")).isEmpty();
    }

    @Test void peopleHurtInAFloodAreNoAttacksVictims() {
        assertThat(assaults("Twelve people were injured in the floods in southern Malawi on Sunday.")).isEmpty();
    }

    @Test void peopleKilledByGunmenStillAreAnAttacksVictims() {
        assertThat(assaults("Gunmen killed 12 villagers in northern Burkina Faso on Sunday.")).isNotEmpty();
    }
}
