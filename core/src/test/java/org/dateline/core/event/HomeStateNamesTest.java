package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * People and bodies a story names without a nationality, on a page with no dateline: they are of the story's home
 * state when one state has a clear majority of its mentions of states, and of none otherwise. Stories written for
 * this test.
 */
class HomeStateNamesTest {

    private static final String SET_IN_CANADA = "Canada's parliament sat late in Ottawa on Monday to pass the budget. "
            + "The Canadian economy has slowed this year, and Ottawa has raised fuel taxes twice. ";

    @Test void aPrimeMinisterNamedWithoutANationalityIsTheHomeStates() {
        eventsOf(SET_IN_CANADA + "Prime Minister Ralph Dunmore deployed the army to the flooded towns.")
                .anyMatch(e -> e.type() == EventType.MOBILIZE
                        && e.actors().stream().anyMatch(p -> p.name().contains("Dunmore") && "CAN".equals(p.country())));
    }

    @Test void aNamedBodyWithoutAStateIsTheHomeStates() {
        eventsOf(SET_IN_CANADA + "Northfield Polytechnic urged 900 students to stay in their rooms.")
                .anyMatch(e -> e.type() == EventType.REQUEST
                        && e.actors().stream().anyMatch(p -> p.name().contains("Northfield") && "CAN".equals(p.country())));
    }

    @Test void aPersonTheTextPlacesKeepsHisOwnState() {
        // guard: a nationality written before the name wins over the home state
        eventsOf(SET_IN_CANADA + "French envoy Marc Delorme urged Ottawa to cut the fuel taxes.")
                .anyMatch(e -> e.type() == EventType.REQUEST
                        && e.actors().stream().anyMatch(p -> p.name().contains("Delorme") && "FRA".equals(p.country())));
    }

    @Test void aStoryOfTwoStatesPlacesNoUnplacedName() {
        eventsOf("Chile and Peru held talks in Lima on Monday. Chilean and Peruvian officials met again in "
                + "Santiago. Ralph Dunmore accused the ministry of hiding the figures.")
                .allMatch(e -> e.actors().stream()
                        .noneMatch(p -> p.name().contains("Dunmore") && p.country() != null));
    }

    @Test void aGuestInAStoryThatNamesOtherStatesIsNotPlacedInTheHost() {
        // a host state with most mentions, yet two others named: the unplaced envoy may be either's, so no one's
        eventsOf(SET_IN_CANADA + "Ottawa hosted envoys of Chile and of Peru this week. "
                + "Ramon Aguirre urged Ottawa to cut the fuel taxes.")
                .allMatch(e -> e.actors().stream()
                        .noneMatch(p -> p.name().contains("Aguirre") && "CAN".equals(p.country())));
    }
}
