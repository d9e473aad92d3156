package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Everyday verbs of news about measures and contacts, on sentences written for this test: sanctions announced or
 * unveiled as well as imposed, a partnership announced or formed with someone, a blockade or siege ended, and a talk
 * "to" a counterpart, though not "to reporters" (an audience addressed is no other party).
 */
class NewsMeasuresTest {

    private static boolean between(Event e, EventType type, String actor, String other) {
        return e.type() == type && e.actors().stream().anyMatch(p -> actor.equals(p.country()))
                && (e.recipients().stream().anyMatch(p -> other.equals(p.country()))
                || e.actors().stream().anyMatch(p -> other.equals(p.country())));
    }

    @Test void sanctionsUnveiledOrAnnouncedAgainstAStateAreImposedOnIt() {
        eventsOf("The Chilean government unveiled new sanctions against Paraguay on Tuesday.")
                .anyMatch(e -> between(e, EventType.COERCE, "CHL", "PRY"));
        eventsOf("Norway announced sanctions against Belarus on Wednesday.")
                .anyMatch(e -> between(e, EventType.COERCE, "NOR", "BLR"));
    }

    @Test void aPartnershipAnnouncedOrFormedWithAStateIsCooperation() {
        eventsOf("Portugal announced a partnership with Angola on Thursday.")
                .anyMatch(e -> between(e, EventType.COOPERATE, "PRT", "AGO"));
        eventsOf("Vietnam formed a partnership with Laos on Thursday.")
                .anyMatch(e -> between(e, EventType.COOPERATE, "VNM", "LAO"));
    }

    @Test void endingABlockadeIsARetreatFromIt() {
        eventsOf("Armenia ended its blockade of the Azerbaijani border on Friday.")
                .anyMatch(e -> e.type() == EventType.RETREAT
                        && e.actors().stream().anyMatch(p -> "ARM".equals(p.country())));
    }

    @Test void endingTheWeekOrTheDayIsNoEvent() {
        eventsOf("Armenia ended the week with a holiday on Friday.").noneMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test void talkingToACounterpartIsAMeeting() {
        eventsOf("The Peruvian foreign minister talked to his Chilean counterpart on Monday.")
                .anyMatch(e -> between(e, EventType.CONSULT, "PER", "CHL"));
        eventsOf("The Ghanaian president spoke to the Togolese president by telephone on Monday.")
                .anyMatch(e -> between(e, EventType.CONSULT, "GHA", "TGO"));
    }

    @Test void talkingToReportersOrSupportersIsNoMeeting() {
        eventsOf("The Peruvian foreign minister talked to reporters in Lima on Monday.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
        eventsOf("The Ghanaian president spoke to supporters in Accra on Monday.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }
}
