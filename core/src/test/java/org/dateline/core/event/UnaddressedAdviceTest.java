package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Advice made to no one in particular is an opinion, no request; advice made to someone named is a request. Sentences
 * written for this test.
 */
class UnaddressedAdviceTest {

    @Test
    void anAssociationRecommendingARuleAsksNoOne() {
        eventsOf("The Canadian Dental Association recommends brushing twice a day for two minutes.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
        eventsOf("A Danish study of 40,000 nurses suggests eating fish twice a week.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    /** A guard: advice made to a named party is still a request. */
    @Test
    void adviceMadeToSomeoneNamedIsStillARequest() {
        eventsOf("The United States advised its citizens in Sudan to leave the country at once.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }
}
