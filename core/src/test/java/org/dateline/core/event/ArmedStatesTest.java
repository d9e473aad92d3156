package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.core.language.Gazetteer;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** A state named as the doer of a military act is its armed forces; on sentences and names written for this test. */
class ArmedStatesTest {
    private static final Gazetteer G = Gazetteer.standard();

    @Test void fightingDrillsAndDeploymentsAreMilitaryActs() {
        assertThat(ArmedStates.isMilitaryAct("062")).isTrue();
        assertThat(ArmedStates.isMilitaryAct("195")).isTrue();
        assertThat(ArmedStates.isMilitaryAct("1951")).isTrue();
        assertThat(ArmedStates.isMilitaryAct("202")).isTrue();
    }

    @Test void policeActsBlockadesAndWordsAreNot() {
        assertThat(ArmedStates.isMilitaryAct("151")).isFalse();
        assertThat(ArmedStates.isMilitaryAct("191")).isFalse();
        assertThat(ArmedStates.isMilitaryAct("138")).isFalse();
        assertThat(ArmedStates.isMilitaryAct("112")).isFalse();
        assertThat(ArmedStates.isMilitaryAct(null)).isFalse();
    }

    @Test void aStateNamedByItsNameIsItsForces() {
        String name = G.countryName("PER");
        assertThat(ArmedStates.armed(new Participant(name, "PER", "GOV"), G).sector()).isEqualTo("MIL");
    }

    @Test void aMinisterOrABodyOfTheStateKeepsItsSector() {
        assertThat(ArmedStates.armed(new Participant("defence minister", "PER", "GOV"), G).sector()).isEqualTo("GOV");
        assertThat(ArmedStates.armed(new Participant("Ministry of Defence", "PER", "GOV"), G).sector()).isEqualTo("GOV");
        assertThat(ArmedStates.armed(new Participant("Shining Path", "PER", "REB"), G).sector()).isEqualTo("REB");
    }

    @Test void aStateThatShellsATownIsItsArmedForces() {
        eventsOf("Peru shelled the border town of Tumbes on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT
                        && e.actors().stream().anyMatch(p -> "PER".equals(p.country()) && "MIL".equals(p.sector())));
    }

    @Test void aStateThatStagesJointDrillsIsItsArmedForces() {
        eventsOf("Chile staged joint military drills with Peru on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "CHL".equals(p.country()) && "MIL".equals(p.sector())));
    }

    @Test void aStateThatProtestsStaysItsGovernment() {
        eventsOf("Peru protested against the shelling on Monday.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "MIL".equals(p.sector())))
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "PER".equals(p.country()) && "GOV".equals(p.sector())));
    }
}
