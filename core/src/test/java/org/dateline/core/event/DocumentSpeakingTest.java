package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * (s54) A statement speaks for whoever issued it in shapes where the parser gives the verb no plain subject or the
 * document noun a word of its kind: "the joint statement said", "It went on to say", "X should stop, it urged",
 * "..., urged the statement", "made public a statement"; and its words quoted after "and went on." (a colon lost) are
 * its issuer's acts, made on the day it was issued. On sentences written for this test.
 */
class DocumentSpeakingTest {

    private static boolean by(Event e, String type, String actor, String recipient) {
        return GoldEvents.typed(e, type, actor, recipient);
    }

    @Test void theJointStatementSayingAStateInterferesIsItsIssuersAccusation() {
        eventsOf("The Solidarity Forum of Peru issued a joint statement on Friday in support of a statement of the Bolivian Foreign Ministry.\n\n"
                + "The joint statement said that Chile is interfering in the internal affairs of Bolivia.")
                .anyMatch(e -> by(e, "ACCUSE", "PER", "CHL"));
    }

    @Test void aStatementThatWentOnToSayAStateInterferesAccusesIt() {
        eventsOf("The Solidarity Forum of Peru in a statement on Friday denounced the Chilean government for its naval drills.\n\n"
                + "It went on to say that the United States is interfering in the internal affairs of Bolivia.")
                .anyMatch(e -> by(e, "ACCUSE", "PER", "USA"));
    }

    @Test void aShouldClauseTheStatementUrgesAfterItIsADemandOfItsSubject() {
        eventsOf("The Solidarity Forum of Peru issued a statement on Friday.\n\n"
                + "The United States should immediately give up its hostile policy toward Bolivia, it urged.")
                .anyMatch(e -> by(e, "REQUEST", "PER", "USA"));
    }

    @Test void aStatementPutAfterTheVerbOfUrgingIsStillTheOneWhoUrges() {
        eventsOf("The Solidarity Forum of Peru issued a statement on Friday.\n\n"
                + "The United States should immediately give up its hostile policy toward Bolivia, urged the statement.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "PER".equals(p.country())) && String.valueOf(e.type()).equals("REQUEST"));
    }

    @Test void wordsAfterAndWentOnWithAFullStopAreTheIssuersOnItsDay() {
        eventsOf("The Solidarity Forum of Peru made public a statement on May 5. The drills are a grave provocation, said the statement, and went on.\n\n"
                + "We condemn the Chilean war drills.\n\n"
                + "The Chilean government should give up its hostile policy toward Bolivia.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ACCUSE") && e.actors().stream().anyMatch(p -> "PER".equals(p.country()))
                        && "2023-05-05".equals(e.date()))
                .anyMatch(e -> by(e, "REQUEST", "PER", "CHL") && "2023-05-05".equals(e.date()));
    }

    @Test void talksThatWentOnOpenNoDocumentsWords() {
        eventsOf("The Solidarity Forum of Peru issued a statement on May 5. The talks between the two sides went on.\n\n"
                + "We condemn the Chilean war drills.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE") && e.actors().stream().anyMatch(p -> "PER".equals(p.country())));
    }

    @Test void aDatedDeclarationOfTheYear2000IsNoStatementNamedAgain() {
        eventsOf("The Solidarity Forum of Peru issued a statement on Friday.\n\n"
                + "The June 15 joint declaration said that the two sides should cooperate.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "PER".equals(p.country())) && String.valueOf(e.type()).equals("REQUEST"));
    }

    @Test void aStatementSayingTheWeatherWasAppallingBlamesNoOne() {
        eventsOf("The Solidarity Forum of Peru issued a joint statement on Friday.\n\n"
                + "The joint statement said that the weather in the region was appalling.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE"));
    }
}
