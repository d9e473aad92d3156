package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * People named by their town ("his Lyon relatives", "Mombasa residents") are civilians of that town's country, not
 * the state itself. Sentences written for this test.
 */
class TownPeopleTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void relativesNamedByTheirTownAreCiviliansNotTheState() {
        List<Event> es = code("The girl's Lyon relatives accused the Algerian consul of lying on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "CVL".equals(p.sector())));
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.actors().stream().anyMatch(p -> "GOV".equals(p.sector())
                || p.name().toLowerCase().contains("france")));
    }

    @Test
    void residentsNamedByTheirTownAreCiviliansOfItsCountry() {
        List<Event> es = code("Mombasa residents protested against the new port tax on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.PROTEST
                && e.actors().stream().anyMatch(p -> "KEN".equals(p.country()) && "CVL".equals(p.sector())));
    }
}
