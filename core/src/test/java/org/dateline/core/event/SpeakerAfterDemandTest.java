package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A demand told before its speaker ("The U.S. should end the blockade, the minister said") is the same demand as one
 * told after "said"; and "had better" or "would be well advised to" lays an obligation as "should" does. Sentences
 * written for this test.
 */
class SpeakerAfterDemandTest {

    private static boolean demand(Event e, String actorCountry, String recipientCountry) {
        return e.type() == EventType.REQUEST
                && e.actors().stream().anyMatch(p -> actorCountry.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> recipientCountry.equals(p.country()));
    }

    @Test
    void anObligationToldBeforeItsSpeakerIsTheSpeakersDemand() {
        eventsOf("Ecuador should reopen the border at once, the foreign minister of Colombia said on Monday.")
                .anyMatch(e -> demand(e, "COL", "ECU"))
                .noneMatch(e -> e.type() == EventType.RETREAT || e.type() == EventType.COERCE);
    }

    @Test
    void aVerbThatReportsOnlyWhenToldAfterTheClauseStillReportsTheDemand() {
        eventsOf("Chile should withdraw its troops from the border at once, the Peruvian committee held.")
                .anyMatch(e -> demand(e, "PER", "CHL"));
        eventsOf("The Peruvian committee held a meeting with Chile on Monday.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aConditionBeforeTheObligationLeavesItADemand() {
        eventsOf("If Norway wants better ties, it must return the seized trawlers, the Russian envoy said.")
                .anyMatch(e -> demand(e, "RUS", "NOR"));
    }

    @Test
    void hadBetterAndWellAdvisedLayAnObligationAsShouldDoes() {
        eventsOf("The foreign minister of Ghana said Togo had better reopen the border.")
                .anyMatch(e -> demand(e, "GHA", "TGO"));
        eventsOf("The foreign minister of Ghana said Togo would be well advised to reopen the border.")
                .anyMatch(e -> demand(e, "GHA", "TGO"));
    }

    @Test
    void aForecastOrAFeelingToldBeforeTheSpeakerIsNoDemand() {
        eventsOf("The weather should improve by Friday, the forecaster of the Peruvian service said.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The government of Chile should feel ashamed, the foreign minister of Peru said.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("The sanctions must be lifted, the minister of Cuba said on Monday.")
                .noneMatch(e -> e.type() == EventType.REQUEST && e.recipients().isEmpty());
    }
}
