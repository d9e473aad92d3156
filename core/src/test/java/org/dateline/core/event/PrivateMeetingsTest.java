package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A meeting among people the text gives no state, no role and no venue (a bout, a couple's first meeting) is private
 * life, no CONSULT; a meeting of officials, of states, or one placed somewhere stays. Sentences written for this test.
 */
class PrivateMeetingsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void aMeetingAmongBareNamesWithNoVenueIsPrivate() {
        List<Event> es = code("Tomas Diaz meets Piotr Kowalski next March, a year after their first bout.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
        es = code("Marta Lindqvist met Jonas Berglund in 2019, and they married two years later.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aMeetingOfOfficialsStays() {
        List<Event> es = code("Chilean Foreign Minister Tomas Diaz met Peruvian Prime Minister Piotr Alvarez on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aMeetingAmongBareNamesInAPlaceStays() {
        List<Event> es = code("Tomas Diaz met Ali Hassan in Cairo on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONSULT);
    }
}
