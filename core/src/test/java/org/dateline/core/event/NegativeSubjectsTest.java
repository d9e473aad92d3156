package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An act whose subject is nobody did not happen; an act in a present-tense clause of time ("until X visits") is still
 * ahead. Sentences written for this test.
 */
class NegativeSubjectsTest {

    @Test
    void noneOfThemKilledIsNoKilling() {
        eventsOf("Gunmen fired on a police post in Quetta. None of the policemen were killed.")
                .noneMatch(e -> "killed".equals(e.trigger())
                        && EventStatus.OCCURRED.equals(e.status()));
    }

    @Test
    void noOneArrestedIsNoArrest() {
        eventsOf("Bolivian police said no protesters were arrested in La Paz on Sunday.")
                .noneMatch(e -> e.type() == EventType.COERCE
                        && EventStatus.OCCURRED.equals(e.status()));
    }

    /** A guard: a numbered subject still did it. */
    @Test
    void twoPolicemenKilledIsAKilling() {
        eventsOf("Two policemen were killed in Quetta on Sunday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT
                        && EventStatus.OCCURRED.equals(e.status()));
    }

    @Test
    void aVisitInAPresentClauseOfTimeIsStillAhead() {
        eventsOf("Ethiopia will reopen its border crossings once the Kenyan foreign minister arrives in Addis Ababa.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && EventStatus.PLANNED.equals(e.status()));
    }

    /** A guard: a past visit in a clause of time happened. */
    @Test
    void aVisitInAPastClauseOfTimeHappened() {
        eventsOf("Turkey lifted the sanctions after the Greek foreign minister visited Ankara on Monday.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && EventStatus.OCCURRED.equals(e.status()));
    }
}
