package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The imported PETRARCH phrasal verbs ("kick out", "side with", "gun down"), each bound to its particle as a
 * hand-written particle row is, and the ones left out because their code is not what they mean ("go away", "find out",
 * "take over"), on sentences written for this test.
 */
class PhrasalVerbsTest {

    @Test void kickingOutAnotherStatesDiplomatsIsAnExpulsion() {
        eventsOf("Estonia kicked out two Belarusian diplomats on Wednesday.")
                .anyMatch(e -> GoldEvents.typed(e, "COERCE", "EST", "BLR")
                        && e.cameo().startsWith("174"));
    }

    @Test void theVerbWithoutItsParticleIsNoExpulsion() {
        eventsOf("The Estonian striker kicked the ball past the Belarusian goalkeeper on Wednesday.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void theParticleAfterTheObjectCountsAsWell() {
        eventsOf("Estonia kicked the Belarusian ambassador out on Wednesday.")
                .anyMatch(e -> GoldEvents.typed(e, "COERCE", "EST", "BLR"));
    }

    @Test void sidingWithAStateSupportsIt() {
        eventsOf("Hungary sided with Poland in the dispute over the budget on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "HUN", "POL"));
    }

    @Test void policeCrackingDownOnProtestersCoerceThem() {
        eventsOf("Kenyan police cracked down on opposition supporters in Nairobi on Friday.")
                .anyMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void lashingOutAtAStateAccusesIt() {
        eventsOf("The Bolivian president lashed out at Chile on Tuesday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void phrasalVerbsOfGoingAndLearningMeetNobody() {
        eventsOf("The Danish minister walked out of the hall and found out that the Swedish envoy had gone away.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void takingOverACompanyIsNoSeizure() {
        eventsOf("A Danish firm took over a Swedish shipping company on Monday.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void givingASpeechInACityConcedesNothing() {
        eventsOf("The Nigerian minister gave a speech in Abuja on Friday.")
                .noneMatch(e -> e.type() == EventType.CONCEDE);
    }

    @Test void theImportedLexiconReadsPhrasalVerbsAsVerbAndParticle() {
        assertThat(ImportedVerbs.phrasal().get("kick")).anyMatch(t -> t.preps().equals(java.util.Set.of("out")));
        assertThat(ImportedVerbs.phrasal()).doesNotContainKey("find");
    }
}
