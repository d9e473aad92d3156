package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An act whose subject is nobody did not happen; an act in a present-tense clause of time ("until X visits") is still
 * ahead. Sentences written for this test.
 */
class NegativeSubjectsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void noneOfThemKilledIsNoKilling() {
        List<Event> es = code("Gunmen fired on a police post in Quetta. None of the policemen were killed.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> "killed".equals(e.trigger())
                && EventStatus.OCCURRED.equals(e.status()));
    }

    @Test
    void noOneArrestedIsNoArrest() {
        List<Event> es = code("Bolivian police said no protesters were arrested in La Paz on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE
                && EventStatus.OCCURRED.equals(e.status()));
    }

    /** A guard: a numbered subject still did it. */
    @Test
    void twoPolicemenKilledIsAKilling() {
        List<Event> es = code("Two policemen were killed in Quetta on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT
                && EventStatus.OCCURRED.equals(e.status()));
    }

    @Test
    void aVisitInAPresentClauseOfTimeIsStillAhead() {
        List<Event> es = code("Ethiopia will reopen its border crossings once the Kenyan foreign minister arrives in Addis Ababa.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONSULT
                && EventStatus.PLANNED.equals(e.status()));
    }

    /** A guard: a past visit in a clause of time happened. */
    @Test
    void aVisitInAPastClauseOfTimeHappened() {
        List<Event> es = code("Turkey lifted the sanctions after the Greek foreign minister visited Ankara on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONSULT
                && EventStatus.OCCURRED.equals(e.status()));
    }
}
