package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The imported PETRARCH phrasal verbs ("kick out", "side with", "gun down"), each bound to its particle as a
 * hand-written particle row is, and the ones left out because their code is not what they mean ("go away", "find out",
 * "take over"), on sentences written for this test.
 */
class PhrasalVerbsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void kickingOutAnotherStatesDiplomatsIsAnExpulsion() {
        List<Event> es = code("Estonia kicked out two Belarusian diplomats on Wednesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "COERCE", "EST", "BLR")
                && e.cameo().startsWith("174"));
    }

    @Test void theVerbWithoutItsParticleIsNoExpulsion() {
        List<Event> es = code("The Estonian striker kicked the ball past the Belarusian goalkeeper on Wednesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void theParticleAfterTheObjectCountsAsWell() {
        List<Event> es = code("Estonia kicked the Belarusian ambassador out on Wednesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "COERCE", "EST", "BLR"));
    }

    @Test void sidingWithAStateSupportsIt() {
        List<Event> es = code("Hungary sided with Poland in the dispute over the budget on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "HUN", "POL"));
    }

    @Test void policeCrackingDownOnProtestersCoerceThem() {
        List<Event> es = code("Kenyan police cracked down on opposition supporters in Nairobi on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void lashingOutAtAStateAccusesIt() {
        List<Event> es = code("The Bolivian president lashed out at Chile on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void phrasalVerbsOfGoingAndLearningMeetNobody() {
        List<Event> es = code("The Danish minister walked out of the hall and found out that the Swedish envoy had gone away.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void takingOverACompanyIsNoSeizure() {
        List<Event> es = code("A Danish firm took over a Swedish shipping company on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void givingASpeechInACityConcedesNothing() {
        List<Event> es = code("The Nigerian minister gave a speech in Abuja on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONCEDE);
    }

    @Test void theImportedLexiconReadsPhrasalVerbsAsVerbAndParticle() {
        assertThat(ImportedVerbs.phrasal().get("kick")).anyMatch(t -> t.preps().equals(java.util.Set.of("out")));
        assertThat(ImportedVerbs.phrasal()).doesNotContainKey("find");
    }
}
