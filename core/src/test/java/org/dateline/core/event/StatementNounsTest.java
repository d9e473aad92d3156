package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Statements newspapers write as nouns: "X's criticism of Y", "Turkey's condemnation of Y". Invented sentences.
 */
class StatementNounsTest {
    @Test void aPossessorsCriticismOfSomeoneIsTheirAccusationOfThem() {
        List<Event> es = GoldEvents.codeStory("The Danish prime minister's criticism of Hungary drew an angry reply on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "DNK", "HUN"));
    }

    @Test void aCondemnationOfSomeoneIsAnAccusation() {
        List<Event> es = GoldEvents.codeStory("Brazil's condemnation of the Bolivian government surprised diplomats.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BRA", "BOL"));
    }

    @Test void aCriticismNobodyVoicedIsNoEvent() {
        List<Event> es = GoldEvents.codeStory("Criticism is part of democratic life, the professor wrote.");
        assertThat(es).noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
