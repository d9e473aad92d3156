package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The "I" or "we" who acts in a quote is the one the verb of saying names as speaking; with no one named
 * as speaking, the pronoun stands for no one. Sentences written for this test.
 */
class QuotedSpeakersTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aMinistersQuotedWeDenounceIsTheMinistersAccusation() {
        List<Event> es = code("\u201cWe strongly denounce the Chilean government for its provocations against Bolivia,\u201d "
                + "Bolivian Foreign Minister Ana Rocha said.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void aSenatorsQuotedICondemnIsTheSenatorsAccusation() {
        List<Event> es = code("\u201cI strongly condemn the Chilean government for this decision,\u201d Senator Ann Fielding said on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("Fielding")));
    }

    @Test void aWeWithNoSpeakerAccusesNoOne() {
        List<Event> es = code("We strongly denounce the Chilean government for its provocations against Bolivia.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE && !e.actors().isEmpty());
    }

    @Test void aQuotedWeThatIsGoingToActTellsNoDeedOfTheSpeaker() {
        List<Event> es = code("\u201cWe are going to protect the Chilean government,\u201d Bolivian Foreign Minister Ana Rocha said.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.actors().stream().anyMatch(p -> "BOL".equals(p.country()))
                && e.type() != EventType.CONSULT);
    }
}
