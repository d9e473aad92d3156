package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Groups that act across borders, named by a phrase of their own kind ("human rights groups", "non-governmental
 * organisations"), are actors though the text gives them no country; a state's organ named without its state ("city
 * mayors") is not, on sentences written for this test.
 */
class StatelessGroupsTest {

    @Test void humanRightsGroupsCondemningAGovernmentAccuseIt() {
        eventsOf("Human rights groups condemned the Tunisian government over the arrests on Monday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "HRI".equals(p.sector()))
                        && e.recipients().stream().anyMatch(p -> "TUN".equals(p.country())));
    }

    @Test void nonGovernmentalOrganisationsCriticisingAStateAccuseIt() {
        eventsOf("Several non-governmental organisations criticised Bahrain on Tuesday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.recipients().stream().anyMatch(p -> "BHR".equals(p.country())));
    }

    @Test void cityMayorsWithoutACountryAreNoActors() {
        eventsOf("City mayors criticized the new tax on Tuesday.").noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
