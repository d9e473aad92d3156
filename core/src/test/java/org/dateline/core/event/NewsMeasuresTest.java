package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Everyday verbs of news about measures and contacts, on sentences written for this test: sanctions announced or
 * unveiled as well as imposed, a partnership announced or formed with someone, a blockade or siege ended, and a talk
 * "to" a counterpart, though not "to reporters" (an audience addressed is no other party).
 */
class NewsMeasuresTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean between(Event e, EventType type, String actor, String other) {
        return e.type() == type && e.actors().stream().anyMatch(p -> actor.equals(p.country()))
                && (e.recipients().stream().anyMatch(p -> other.equals(p.country()))
                || e.actors().stream().anyMatch(p -> other.equals(p.country())));
    }

    @Test void sanctionsUnveiledOrAnnouncedAgainstAStateAreImposedOnIt() {
        List<Event> es = code("The Chilean government unveiled new sanctions against Paraguay on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> between(e, EventType.COERCE, "CHL", "PRY"));
        es = code("Norway announced sanctions against Belarus on Wednesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> between(e, EventType.COERCE, "NOR", "BLR"));
    }

    @Test void aPartnershipAnnouncedOrFormedWithAStateIsCooperation() {
        List<Event> es = code("Portugal announced a partnership with Angola on Thursday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> between(e, EventType.COOPERATE, "PRT", "AGO"));
        es = code("Vietnam formed a partnership with Laos on Thursday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> between(e, EventType.COOPERATE, "VNM", "LAO"));
    }

    @Test void endingABlockadeIsARetreatFromIt() {
        List<Event> es = code("Armenia ended its blockade of the Azerbaijani border on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.RETREAT
                && e.actors().stream().anyMatch(p -> "ARM".equals(p.country())));
    }

    @Test void endingTheWeekOrTheDayIsNoEvent() {
        List<Event> es = code("Armenia ended the week with a holiday on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test void talkingToACounterpartIsAMeeting() {
        List<Event> es = code("The Peruvian foreign minister talked to his Chilean counterpart on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> between(e, EventType.CONSULT, "PER", "CHL"));
        es = code("The Ghanaian president spoke to the Togolese president by telephone on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> between(e, EventType.CONSULT, "GHA", "TGO"));
    }

    @Test void talkingToReportersOrSupportersIsNoMeeting() {
        List<Event> es = code("The Peruvian foreign minister talked to reporters in Lima on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
        es = code("The Ghanaian president spoke to supporters in Accra on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }
}
