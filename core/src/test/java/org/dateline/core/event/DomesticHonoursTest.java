package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A wreath, a tribute or a congratulation paid among a country's own is its ritual, no event between parties; one
 * sent abroad or brought by a foreign delegation is a courtesy between states. Sentences written for this test.
 */
class DomesticHonoursTest {

    @Test
    void aPresidentLayingAWreathAtHisOwnCountrysMonumentIsARitualNotAnEvent() {
        eventsOf("Cuba marked the anniversary of its independence on Monday. The president of Cuba laid a wreath at "
                + "the monument to the heroes of Cuba in Havana. Cuban workers and students joined the ceremony in Cuba.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void officialsPayingHomageToTheirLateLeaderIsARitualNotAnEvent() {
        eventsOf("Laos observed the day of the founding of the republic. The prime minister of Laos paid homage to the "
                + "late president of Laos at the mausoleum. Laotian officials laid flowers.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void aWreathBroughtByAForeignDelegationIsACourtesyBetweenStates() {
        eventsOf("Laos observed the day of the founding of the republic. The delegation of Vietnam, on a visit to Laos, "
                + "laid a wreath at the monument to the heroes of Laos in Vientiane. Laos welcomed the guests.")
                .anyMatch(e -> e.type() == EventType.SUPPORT);
        eventsOf("The president of Cuba sent a wreath to the funeral of the president of Venezuela on Monday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT);
    }
}
