package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A side taken as a standing position (a perfect or progressive with no party on the other side, a group described
 * by its backer) is a state, not an act, while backing a party on a day is one; and a perfect summed up "so far" or
 * "to date" is a running total. Invented sentences.
 */
class StancesAndRunningTotalsTest {

    @Test void aPositionHeldOverTimeIsNoAct() {
        eventsOf("The Chilean leadership has staunchly opposed the mine's expansion into the Atacama.")
                .noneMatch(e -> e.type() == EventType.ACCUSE || e.type() == EventType.REJECT);
        eventsOf("The mayor of Lima has supported the deployment of police cameras.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aGroupDescribedByItsBackerIsNoActOfTheBacker() {
        eventsOf("The rebels, backed by Venezuela, attacked a Colombian border post on Monday.")
                .noneMatch(e -> e.type() == EventType.SUPPORT)
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void backingAPartyOnADayIsAnAct() {
        eventsOf("Peru backed Chile's bid for the summit on Monday.")
                .anyMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void killingsCountedSoFarAreARunningTotal() {
        eventsOf("Army attacks in the north have so far killed about 2,000 Chadian civilians.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("Peruvian police have arrested 300 protesters to date.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void aKillingOnADayIsNoTotal() {
        eventsOf("Army troops killed 20 Chadian civilians in the north on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aRefusalThatLastsSoFarIsStillARefusal() {
        eventsOf("The Chilean senator has so far refused to resign over the bribery charges.")
                .anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test void aStanceStatedThatDayIsStillTheStatement() {
        eventsOf("Peru said on Monday that it opposes Bolivia's plan for a new port.")
                .anyMatch(e -> e.type() == EventType.ACCUSE || e.type() == EventType.REJECT);
    }
}
