package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Attacks and coercion told in the perfect progressive ("have been besieging and shelling") are an ongoing campaign,
 * which the conventions do not code; the same verbs in the past or the perfect tell acts that happened, and a demand
 * told so stays a demand. Sentences written for this test.
 */
class OngoingCampaignsTest {

    @Test
    void forcesThatHaveBeenBesiegingAndShellingATownWageACampaign() {
        eventsOf("The school lies in Tarvo, which the army of Ruritania has been besieging and shelling for weeks.")
                .noneMatch(e -> e.type() == EventType.ASSAULT || e.type() == EventType.COERCE);
    }

    /** A guard: wire news codes a continuing demand told so (the PLOVER dev set does). */
    @Test
    void authoritiesThatHaveBeenPressingWorkersStillMakeADemand() {
        eventsOf("The authorities of Ruritania have been pressing the dockers to call off their strike.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void theSameActsInThePastAndThePerfectStay() {
        eventsOf("The army of Ruritania shelled the rebel-held town of Tarvo on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("The teachers' union of Ruritania has demanded a new wage deal from the education ministry.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }
}
