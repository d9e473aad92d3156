package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Advice made to no one in particular is an opinion, no request; advice made to someone named is a request. Sentences
 * written for this test.
 */
class UnaddressedAdviceTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void anAssociationRecommendingARuleAsksNoOne() {
        List<Event> es = code("The Canadian Dental Association recommends brushing twice a day for two minutes.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
        es = code("A Danish study of 40,000 nurses suggests eating fish twice a week.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
    }

    /** A guard: advice made to a named party is still a request. */
    @Test
    void adviceMadeToSomeoneNamedIsStillARequest() {
        List<Event> es = code("The United States advised its citizens in Sudan to leave the country at once.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST);
    }
}
