package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A condemnation of an attack blames the attackers, not the victims or the place struck. Sentences written for this
 * test.
 */
class BlamedActsTest {

    @Test
    void condemningTheBombingOfAnEmbassyDoesNotBlameTheEmbassysState() {
        eventsOf("The Arab League on Monday condemned the bombing of the French embassy in Beirut.")
                .anyMatch(e -> e.type() == EventType.ACCUSE)
                .noneMatch(e -> e.type() == EventType.ACCUSE
                        && e.recipients().stream().anyMatch(p -> "FRA".equals(p.country()) || "LBN".equals(p.country())));
    }

    @Test
    void condemningAttacksInACountryDoesNotBlameThatCountry() {
        eventsOf("The Chilean government strongly condemned the rocket attacks in Mali on Sunday.")
                .noneMatch(e -> e.type() == EventType.ACCUSE
                        && e.recipients().stream().anyMatch(p -> "MLI".equals(p.country())));
    }

    /** A guard: the doer a condemned attack names is blamed, as before. */
    @Test
    void condemningAnAttackByANamedGroupBlamesThatGroup() {
        eventsOf("Kenya condemned the attack by the Ethiopian army on the border town.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.recipients().stream().anyMatch(p -> "ETH".equals(p.country())));
    }

    /** A guard: blaming a state by name is unchanged. */
    @Test
    void condemningAStateStillBlamesIt() {
        eventsOf("Peru condemned Venezuela for the arrest of two Peruvian journalists.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.recipients().stream().anyMatch(p -> "VEN".equals(p.country())));
    }
}
