package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A call a leader makes on the sectors of his own country ("all fields and units", "the athletes in the country") is
 * exhortation, as a call on its people is; an obligation told in the passive with no agent ("methods should be
 * introduced", "the students should be trained") lays a duty on no party, and no one is asked for anything. A demand
 * of another state, or a passive duty with its agent named, stays a demand. Sentences written for this test.
 */
class OwnSectorsAndPartylessDutiesTest {

    @Test
    void aCallOnAllFieldsAndUnitsIsExhortationOfOnesOwnSectors() {
        eventsOf("The Vietnamese premier called on all fields and units to increase the production of rice.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The Laotian minister of industry urged all the sectors to save electricity in summer.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void peopleOfAKindPlacedInTheCountryAreTheCallersOwn() {
        eventsOf("The vice-president of Laos urged athletes in the country to strive for more gold medals.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The Cuban minister called on the farmers across the nation to sow early.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void peopleOfAKindPlacedInAnotherStateAreAskedForSomething() {
        eventsOf("The Cuban minister urged the airlines in the United States to resume their flights to Havana.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aDutyInThePassiveWithNoAgentIsLaidOnNoParty() {
        eventsOf("The Vietnamese minister of culture said that good methods should be widely introduced through television.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The president of Laos visited the college and said the students should be trained to become able engineers.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The Chinese envoy said there should be no single standard for all the countries.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aDutyInThePassiveWithItsAgentNamedStaysADemand() {
        eventsOf("The foreign minister of Cuba said that the blockade must be lifted by the United States at once.")
                .anyMatch(e -> e.type() == EventType.REQUEST
                        && e.recipients().stream().anyMatch(p -> "USA".equals(p.country())));
    }
}
