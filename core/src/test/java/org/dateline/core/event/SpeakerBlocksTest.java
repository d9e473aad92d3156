package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A speaker's words told after a colon ("X said:") are the speaker's: acclaim of a person there is one praise by the
 * speaker, blame of a foreign party one accusation, however many lines the words run; words that judge no one, a
 * speaker's own country's deeds, and words after another speaker took the floor are none of the speaker's acts. On
 * sentences written for this test.
 */
class SpeakerBlocksTest {

    private static boolean act(Event e, String type, String speakerWord, String otherWord) {
        return String.valueOf(e.type()).equals(type)
                && e.actors().stream().anyMatch(p -> p.name().contains(speakerWord))
                && e.recipients().stream().anyMatch(p -> p.name().contains(otherWord) || otherWord.equals(p.country()));
    }

    private static boolean bySilva(Event e, String type) {
        return String.valueOf(e.type()).equals(type) && e.actors().stream().anyMatch(p -> p.name().contains("Silva"));
    }

    @Test void acclaimOfAPersonAfterTheSpeakersColonIsTheSpeakersPraise() {
        eventsOf("Ana Silva, chairwoman of the Peruvian Society for Friendship with Tanzania, said:\n\n"
                + "Julius Nyerere is a great leader of Africa who devoted his all to the people.")
                .anyMatch(e -> act(e, "SUPPORT", "Silva", "Nyerere"));
    }

    @Test void blameOfAForeignStateAfterTheSpeakersColonIsTheSpeakersAccusation() {
        eventsOf("Carlos Ruiz, chairman of the Chilean Committee for Peace, said:\n\n"
                + "The sanctions imposed by the United States on Cuba are a brutal crime against humanity.")
                .anyMatch(e -> act(e, "ACCUSE", "Ruiz", "USA"));
    }

    @Test void severalLinesOfAcclaimAreOnePraise() {
        eventsOf("Ana Silva, chairwoman of the Peruvian Society for Friendship with Tanzania, said:\n\n"
                + "Julius Nyerere is a great leader of Africa.\n\nHis brilliant ideas will shine forever.")
                .filteredOn(e -> bySilva(e, "SUPPORT")).hasSize(1);
    }

    @Test void wordsThatJudgeNoOneAreNoAct() {
        eventsOf("Ana Silva, minister of agriculture of Peru, said:\n\nThe harvest this year was the best in a decade.")
                .noneMatch(e -> bySilva(e, "SUPPORT") || bySilva(e, "ACCUSE"));
    }

    @Test void aSpeakersOwnCountrysDeedsPraiseNoOne() {
        eventsOf("The Peruvian prime minister Ana Silva said:\n\nPeru has achieved great successes in building new roads.")
                .noneMatch(e -> bySilva(e, "SUPPORT"));
    }

    @Test void wordsAfterAnotherSpeakerTookTheFloorAreNotTheFirstSpeakers() {
        eventsOf("Ana Silva, minister of agriculture of Peru, said:\n\nThe talks went well.\n\n"
                + "Kofi Mensah, a diplomat of Ghana, said Julius Nyerere was a great leader.")
                .noneMatch(e -> bySilva(e, "SUPPORT"));
    }

    @Test void aSpeakerWhoPraisedInTheOpeningSentenceIsNotCountedTwice() {
        eventsOf("Ana Silva, chairwoman of the Peruvian Society for Friendship with Tanzania, praised Julius Nyerere and said:\n\n"
                + "Julius Nyerere is a great leader of Africa.")
                .filteredOn(e -> bySilva(e, "SUPPORT")).hasSize(1);
    }

    @Test void aSpeakerGoingOnAfterHisPraiseWasToldPraisesOnce() {
        eventsOf("Ana Silva, chairwoman of the Peruvian Society for Friendship with Tanzania, said that Julius Nyerere was "
                + "a great leader of Africa.\n\nShe went on:\n\nHis brilliant ideas will shine forever.")
                .filteredOn(e -> bySilva(e, "SUPPORT")).hasSize(1);
    }

    @Test void wordsAfterAPapersGoingOnAreNotTheBlamedPartysSpeech() {
        eventsOf("The United States staged drills near the border of Cuba, the paper Granma notes, and goes on:\n\n"
                + "This is a reckless provocation against Cuba.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE") && e.actors().stream().anyMatch(p -> "USA".equals(p.country())));
    }

    @Test void aLineThatBlamesPraisesNoOneItNames() {
        eventsOf("Ana Silva, chairwoman of the Peruvian Society for Friendship with Tanzania, said:\n\n"
                + "We will make a great effort to throw the traitor Pedro Castillo out of office.")
                .noneMatch(e -> bySilva(e, "SUPPORT"));
    }
}
