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

    @Test void aSentenceNowCodedWithoutAnEventOfThatTypeNorAnyAtTheClauseReadHasNoReport() {
        assertTrue(LabelledReport.parse("a1b2@0-37/PROTEST/2").in(SECOND_ANNOTATION).isEmpty());
        assertTrue(LabelledReport.parse("a1b2@100-140/CONSULT/100").in(SECOND_ANNOTATION).isEmpty());
    }

    @Test void theClauseReadIsFoundWhenTheCoderNowGivesItAnotherType() {
        // the first sentence's meeting, coded anew as a statement of support by a later coder
        List<Event> recoded = List.of(event("E1", EventType.SUPPORT, 4, 36), event("E2", EventType.ASSAULT, 38, 61));
        assertEquals("E1", LabelledReport.parse("a1b2@0-37/CONSULT/4").in(recoded).orElseThrow().id());
    }

    @Test void anEventOfTheLabelledTypeComesBeforeAnotherTypeAtTheSameStart() {
        List<Event> both = List.of(event("E1", EventType.SUPPORT, 4, 36), event("E2", EventType.CONSULT, 10, 36));
        assertEquals("E2", LabelledReport.parse("a1b2@0-37/CONSULT/4").in(both).orElseThrow().id());
    }

    @Test void anotherClauseOfAnotherTypeInTheSentenceIsNotTheReport() {
        // the sentence still holds an event, but of another clause: starting elsewhere than the span read
        List<Event> other = List.of(event("E1", EventType.SUPPORT, 20, 36));
        assertTrue(LabelledReport.parse("a1b2@0-37/CONSULT/4").in(other).isEmpty());
    }

    @Test void aKeyOfNeitherFormIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LabelledReport.parse("a1b2"));
        assertThrows(IllegalArgumentException.class, () -> LabelledReport.parse("a1b2#"));
    }
}
