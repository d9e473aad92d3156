package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A state's organs named by a bare common noun ("prosecutors", "lawmakers", "regulators") on a page with no dateline:
 * they are the organs of the state the story is set in when one state has a clear majority of the story's mentions of
 * states, and nobody's otherwise (s26: prosecutors, judges and courts still act then, placed in no state). Stories
 * written for this test.
 */
class HomeStateOrgansTest {

    private static final String SET_IN_CANADA = "Canada's parliament sat late in Ottawa on Monday to pass the budget. "
            + "The Canadian economy has slowed this year, and Ottawa has raised fuel taxes twice. ";

    @Test void prosecutorsInAStorySetInOneStateAreThatStatesAccusers() {
        eventsOf(SET_IN_CANADA + "Prosecutors accused the former minister Ralph Dunmore of taking bribes.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "CAN".equals(p.country()) && "JUD".equals(p.sector())));
    }

    @Test void lawmakersInAStorySetInOneStateCriticiseAsItsLegislature() {
        eventsOf(SET_IN_CANADA + "Lawmakers criticized the finance ministry over the delay.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "CAN".equals(p.country()) && "LEG".equals(p.sector())));
    }

    @Test void prosecutorsInAStoryOfTwoStatesAreNobodys() {
        eventsOf("Chile and Peru held talks in Lima on Monday. Chilean and Peruvian officials met again in "
                + "Santiago. Prosecutors accused the former minister Ralph Dunmore of taking bribes.")
                .noneMatch(HomeStateOrgansTest::accusedByPlacedOrgan);
    }

    @Test void aSingleMentionOfAStateMakesNoHomeState() {
        eventsOf("The budget was debated in Canada. Prosecutors accused the former minister Ralph Dunmore of taking bribes.")
                .noneMatch(HomeStateOrgansTest::accusedByPlacedOrgan);
    }

    private static boolean accusedByPlacedOrgan(Event e) {
        return e.type() == EventType.ACCUSE && e.actors().stream().anyMatch(p -> p.country() != null);
    }
}
