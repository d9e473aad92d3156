package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The speech acts a dated occasion's speaker goes on making in the next sentences take the occasion's day, not the
 * day a later story retells them; on sentences written for this test (published Wednesday 10 May 2023).
 */
class SpeechOccasionsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void theSpokesmanNamedAgainAfterAPressConferenceOnSundayDemandsOnThatSunday() {
        List<Event> es = code("A spokesman for the Chilean Liberal Party held a press conference in Santiago on Sunday.\n\n"
                + "The spokesman demanded that the Argentine government reopen the border crossing, saying the closure is illegal.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-07");
    }

    @Test void hisPronounInTheNextSentenceAccusesOnTheDayOfHisAddress() {
        List<Event> es = code("The Cuban representative addressed the board of the agency on May 8.\n\n"
                + "He accused the Canadian government of applying double standards to Iran, which has no nuclear weapons.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-08");
    }

    @Test void aSpeakerNamedAgainByHisSurnameUrgesOnTheDayOfHisBriefing() {
        List<Event> es = code("Peruvian Foreign Minister Ana Castillo spoke at a briefing in Lima on Monday.\n\n"
                + "Castillo urged the Bolivian government to release the fishermen, who are still held in La Paz.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-08");
    }

    @Test void aSayingTheStatementReportsDoesNotEndItAndThePartyNamedAgainDenouncesOnItsDay() {
        List<Event> es = code("The Socialist Party of Togo issued a statement on May 3 on the new constitution.\n\n"
                + "The Ghanaian president clarified that the reform is just, it noted.\n\n"
                + "The Socialist Party of Togo denounced the Ivorian government for its threats, which are a provocation.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-03");
    }

    @Test void anAddressInASentenceWithNoEventOfItsOwnStillDatesWhatTheEnvoyGoesOnToSay() {
        List<Event> es = code("The Peruvian envoy addressed the council of the agency on May 8.\n\n"
                + "The envoy accused the Canadian government of applying double standards to Iran, which has no nuclear weapons.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-08");
    }

    /** A guard: an attack the speaker tells of is no speech act and keeps no day of the conference. */
    @Test void anAttackToldAtThePressConferenceDoesNotTakeItsDay() {
        List<Event> es = code("A spokesman for the Chilean army held a press conference in Santiago on Sunday.\n\n"
                + "The spokesman said rebels attacked a police station in Temuco.");
        Event e = DatedEvents.byType(es, "ASSAULT");
        assertThat(e.date()).isNotEqualTo("2023-05-07");
    }

    /** A guard: a sentence that names another time ends the occasion. */
    @Test void aDemandAfterAnotherDatedSentenceDoesNotTakeTheConferencesDay() {
        List<Event> es = code("A spokesman for the Chilean Liberal Party held a press conference in Santiago on Sunday.\n\n"
                + "Farmers marched through Santiago on Tuesday.\n\n"
                + "The spokesman demanded that the Argentine government reopen the border crossing, saying the closure is illegal.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-07");
    }

    /** A guard: another speaker in between ends the occasion; "he" is no longer its speaker. */
    @Test void aPronounAfterAnotherSpeakerDoesNotTakeTheConferencesDay() {
        List<Event> es = code("A spokesman for the Chilean Liberal Party held a press conference in Santiago on Sunday.\n\n"
                + "The Argentine president said the border would stay closed.\n\n"
                + "He demanded that Chile pay for the damage, saying the closure is illegal.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-07");
    }
}
