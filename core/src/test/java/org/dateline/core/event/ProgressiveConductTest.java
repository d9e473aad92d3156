package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Conduct told in the present progressive is a campaign under way, no act of a day; the past, the past progressive, a
 * dated progressive and a meeting under way stay events. Sentences written for this test.
 */
class ProgressiveConductTest {

    @Test
    void anArmyThatIsKillingCiviliansIsACampaignUnderWay() {
        eventsOf("The Moldovan army is killing more villagers despite the protests of the neighbours.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void groupsThatAreCondemningAndDemandingTellNoActOfADay() {
        eventsOf("Opposition parties in Ruritania are condemning the regime and demanding the resignation of its premier.")
                .noneMatch(e -> e.type() == EventType.ACCUSE || e.type() == EventType.REQUEST);
    }

    @Test
    void theSameActInThePastIsAnEvent() {
        eventsOf("The Moldovan army killed three villagers near the border on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void aPastProgressiveTellsActsInView() {
        eventsOf("Moldovan troops were shelling the village when the Romanian envoy arrived.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void aVisitUnderWayInTheProgressiveStaysAnEvent() {
        eventsOf("The Peruvian foreign minister is visiting Chile at the invitation of his counterpart.")
                .anyMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void councilsThatAreRefusingTheRulesHoldARefusalMadeKnown() {
        eventsOf("The Dublin councils are refusing to accept the new Irish rules.")
                .anyMatch(e -> e.type() == EventType.REJECT);
    }
}
