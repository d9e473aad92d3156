package org.dateline.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

class LabelledReportTest {
    // an invented body: "The minister met the envoy on Monday. Troops shelled a village and raided a camp."
    private static Event event(String id, EventType type, int start, int end) {
        return Event.builder().id(id).type(type).span(start, end).build();
    }

    private static final List<Event> FIRST_ANNOTATION = List.of(
            event("E1", EventType.CONSULT, 4, 36), event("E2", EventType.ASSAULT, 38, 61),
            event("E3", EventType.ASSAULT, 66, 80));
    /** The same article annotated again: a new event in the first sentence renumbers the ids. */
    private static final List<Event> SECOND_ANNOTATION = List.of(
            event("E1", EventType.SUPPORT, 0, 12), event("E2", EventType.CONSULT, 4, 36),
            event("E3", EventType.ASSAULT, 38, 61), event("E4", EventType.ASSAULT, 66, 80));

    @Test void anEventIdNamesTheEventOfThatIdWhateverItsSentence() {
        LabelledReport r = LabelledReport.parse("a1b2#E2");
        assertEquals("a1b2", r.article());
        assertEquals("ASSAULT", r.in(FIRST_ANNOTATION).orElseThrow().type().name());
        assertEquals("CONSULT", r.in(SECOND_ANNOTATION).orElseThrow().type().name(), "ids are renumbered");
    }

    @Test void aSentenceKeyFindsTheSameReportAfterTheIdsWereRenumbered() {
        LabelledReport r = LabelledReport.parse("a1b2@0-37/CONSULT/4");
        assertTrue(r.bySentence());
        assertEquals("E1", r.in(FIRST_ANNOTATION).orElseThrow().id());
        assertEquals("E2", r.in(SECOND_ANNOTATION).orElseThrow().id());
    }

    @Test void ofTwoEventsOfOneTypeInTheSentenceTheOneStartingNearestTheLabelledSpanIsTaken() {
        assertEquals("E4", LabelledReport.parse("a1b2@38-81/ASSAULT/66").in(SECOND_ANNOTATION).orElseThrow().id());
        assertEquals("E3", LabelledReport.parse("a1b2@38-81/ASSAULT/40").in(SECOND_ANNOTATION).orElseThrow().id());
    }

    @Test void aSentenceNowCodedWithoutAnEventOfThatTypeHasNoReport() {
        assertTrue(LabelledReport.parse("a1b2@0-37/PROTEST/4").in(SECOND_ANNOTATION).isEmpty());
        assertTrue(LabelledReport.parse("a1b2@100-140/CONSULT/100").in(SECOND_ANNOTATION).isEmpty());
    }

    @Test void aKeyOfNeitherFormIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LabelledReport.parse("a1b2"));
        assertThrows(IllegalArgumentException.class, () -> LabelledReport.parse("a1b2#"));
    }
}
