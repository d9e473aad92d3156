package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The imported PETRARCH verb patterns read over the parse: a verb that is no event alone is one with its object or
 * preposition, between two parties. Sentences invented for this test.
 */
class VerbPatternsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void readsObjectsPrepositionsAndSynonymSets() {
        VerbPatterns.Pattern p = PatternText.parse("&treaty (in ^) (with)", "057");
        assertThat(p.object()).containsExactly("&treaty");
        assertThat(p.preps()).extracting(VerbPatterns.Prep::prep).containsExactly("in", "with");
        assertThat(PatternText.parse("{bank account}", "163").object()).containsExactly("bank", "account");
    }

    @Test void aPatternOfPrepositionsAloneIsLeftOut() {
        assertThat(PatternText.parse("(to)", "042")).isNull();
        assertThat(PatternText.parse("back to", "042")).isNull();
        assertThat(PatternText.parse("&mediation between", "045").preps()).extracting(VerbPatterns.Prep::prep)
                .containsExactly("between");
    }

    @Test void freezingAssetsIsCoercion() {
        eventsOf("Canada froze the assets of three Iranian banks on Friday.")
                .anyMatch(e -> GoldEvents.typed(e, "COERCE", "CAN", "IRN"));
    }

    @Test void givingAWarningToSomeoneIsAThreat() {
        eventsOf("The Ecuadorian army gave a stern warning to Colombian rebels on Tuesday.")
                .anyMatch(e -> GoldEvents.typed(e, "THREATEN", "ECU", "COL"));
    }

    @Test void aPatternWithoutAnotherPartyIsNoEvent() {
        assertThat(code("The Bolivian president expressed great satisfaction with the harvest on Monday."))
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aPatternWhoseObjectIsAnEventNounLeavesItToTheNoun() {
        eventsOf("The Angolan foreign minister held talks with his Namibian counterpart in Luanda on Monday.")
                .hasSize(1);
    }

    /** True when the event has this type, an actor of the first country and a recipient of the second. */
    private static boolean from(Event e, EventType type, String actor, String recipient) {
        return e.type() == type && e.actors().stream().anyMatch(p -> actor.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> recipient.equals(p.country()));
    }

    @Test void whatTheSubjectReceivesFromAnotherIsTheGiversAct() {
        eventsOf("Namibia received a loan from Botswana on Monday.")
                .anyMatch(e -> from(e, EventType.AID, "BWA", "NAM"))
                        .noneMatch(e -> from(e, EventType.AID, "NAM", "BWA"));
    }

    @Test void whatTheSubjectReceivesFromNobodyNamedIsNoEvent() {
        eventsOf("Namibia received a loan on Monday.").noneMatch(e -> e.type() == EventType.AID);
    }

}
