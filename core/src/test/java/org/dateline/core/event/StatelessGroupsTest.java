package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Groups that act across borders, named by a phrase of their own kind ("human rights groups", "non-governmental
 * organisations"), are actors though the text gives them no country; a state's organ named without its state ("city
 * mayors") is not, on sentences written for this test.
 */
class StatelessGroupsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void humanRightsGroupsCondemningAGovernmentAccuseIt() {
        List<Event> es = code("Human rights groups condemned the Tunisian government over the arrests on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "HRI".equals(p.sector()))
                && e.recipients().stream().anyMatch(p -> "TUN".equals(p.country())));
    }

    @Test void nonGovernmentalOrganisationsCriticisingAStateAccuseIt() {
        List<Event> es = code("Several non-governmental organisations criticised Bahrain on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.recipients().stream().anyMatch(p -> "BHR".equals(p.country())));
    }

    @Test void cityMayorsWithoutACountryAreNoActors() {
        List<Event> es = code("City mayors criticized the new tax on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
