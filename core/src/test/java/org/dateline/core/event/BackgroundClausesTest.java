package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A relative clause gives background about a noun: a killing it mentions with no one named as its author is no attack
 * of the article's own, while the same passive in a main clause still is. Invented sentences.
 */
class BackgroundClausesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void anUnattributedKillingInARelativeClauseIsBackground() {
        List<Event> es = code("Peru lifted the curfew in Ayacucho, where twelve people have been killed in riots this year.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }

    @Test void anUnattributedKillingInItsOwnClauseIsAnAttack() {
        List<Event> es = code("Three Peruvian soldiers were killed in Ayacucho on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }
}
