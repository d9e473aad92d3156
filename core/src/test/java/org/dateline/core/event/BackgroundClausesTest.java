package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * A relative clause gives background about a noun: a killing it mentions with no one named as its author is no attack
 * of the article's own, while the same passive in a main clause still is. Invented sentences.
 */
class BackgroundClausesTest {

    @Test void anUnattributedKillingInARelativeClauseIsBackground() {
        eventsOf("Peru lifted the curfew in Ayacucho, where twelve people have been killed in riots this year.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }

    @Test void anUnattributedKillingInItsOwnClauseIsAnAttack() {
        eventsOf("Three Peruvian soldiers were killed in Ayacucho on Monday.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }
}
