package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A meeting among people the text gives no state, no role and no venue (a bout, a couple's first meeting) is private
 * life, no CONSULT; a meeting of officials, of states, or one placed somewhere stays. Sentences written for this test.
 */
class PrivateMeetingsTest {

    @Test
    void aMeetingAmongBareNamesWithNoVenueIsPrivate() {
        eventsOf("Tomas Diaz meets Piotr Kowalski next March, a year after their first bout.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
        eventsOf("Marta Lindqvist met Jonas Berglund in 2019, and they married two years later.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aMeetingOfOfficialsStays() {
        eventsOf("Chilean Foreign Minister Tomas Diaz met Peruvian Prime Minister Piotr Alvarez on Monday.")
                .anyMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aMeetingAmongBareNamesInAPlaceStays() {
        eventsOf("Tomas Diaz met Ali Hassan in Cairo on Monday.").anyMatch(e -> e.type() == EventType.CONSULT);
    }
}
