package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * People named by their town ("his Lyon relatives", "Mombasa residents") are civilians of that town's country, not
 * the state itself. Sentences written for this test.
 */
class TownPeopleTest {

    @Test
    void relativesNamedByTheirTownAreCiviliansNotTheState() {
        eventsOf("The girl's Lyon relatives accused the Algerian consul of lying on Tuesday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "CVL".equals(p.sector())))
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "GOV".equals(p.sector())
                        || p.name().toLowerCase().contains("france")));
    }

    @Test
    void residentsNamedByTheirTownAreCiviliansOfItsCountry() {
        eventsOf("Mombasa residents protested against the new port tax on Friday.")
                .anyMatch(e -> e.type() == EventType.PROTEST
                        && e.actors().stream().anyMatch(p -> "KEN".equals(p.country()) && "CVL".equals(p.sector())));
    }
}
