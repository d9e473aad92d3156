package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A condemnation of an attack blames the attackers, not the victims or the place struck. Sentences written for this
 * test.
 */
class BlamedActsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void condemningTheBombingOfAnEmbassyDoesNotBlameTheEmbassysState() {
        List<Event> es = code("The Arab League on Monday condemned the bombing of the French embassy in Beirut.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE);
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE
                && e.recipients().stream().anyMatch(p -> "FRA".equals(p.country()) || "LBN".equals(p.country())));
    }

    @Test
    void condemningAttacksInACountryDoesNotBlameThatCountry() {
        List<Event> es = code("The Chilean government strongly condemned the rocket attacks in Mali on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE
                && e.recipients().stream().anyMatch(p -> "MLI".equals(p.country())));
    }

    /** A guard: the doer a condemned attack names is blamed, as before. */
    @Test
    void condemningAnAttackByANamedGroupBlamesThatGroup() {
        List<Event> es = code("Kenya condemned the attack by the Ethiopian army on the border town.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.recipients().stream().anyMatch(p -> "ETH".equals(p.country())));
    }

    /** A guard: blaming a state by name is unchanged. */
    @Test
    void condemningAStateStillBlamesIt() {
        List<Event> es = code("Peru condemned Venezuela for the arrest of two Peruvian journalists.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.recipients().stream().anyMatch(p -> "VEN".equals(p.country())));
    }
}
