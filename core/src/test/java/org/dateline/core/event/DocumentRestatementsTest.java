package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * (s50) A document told issued and then quoted by its own name ("The statement said ...", "In the message the
 * president extended greetings ...") is one speech act of its issuer, not two (CODING.md sections 1 and 6); a second
 * party's document, an indefinite one and an act of another type stay events. On sentences written for this test.
 */
class DocumentRestatementsTest {

    private static boolean support(Event e, String actorCountry) {
        return GoldEvents.actedBy(e, "SUPPORT", actorCountry);
    }

    @Test void whatTheStatementSaysAfterItsIssuingIsTheSamePraise() {
        eventsOf("The Labour Party of Chile issued a statement on Monday praising Nelson Mandela for his feats.\n\n"
                + "The statement said that Nelson Mandela devoted his whole life to the liberation of Africa.")
                .filteredOn(e -> support(e, "CHL")).hasSize(1);
    }

    @Test void greetingsExtendedInTheMessageAreTheMessageReceived() {
        eventsOf("The Prime Minister of India received a message of greeting from Emmanuel Macron, president of France, "
                + "on Tuesday.\n\n"
                + "In the message the French president extended warm greetings to the Prime Minister of India.")
                .filteredOn(e -> support(e, "FRA")).hasSize(1);
    }

    @Test void theStatementUrgingAgainAfterADemandIsTheSameDemand() {
        eventsOf("Civic groups of Brazil issued a statement on Friday demanding that Argentina release the detained "
                + "fishermen.\n\n"
                + "The statement strongly urged Argentina to release the fishermen at once.")
                .filteredOn(e -> GoldEvents.actedBy(e, "REQUEST", "BRA")).hasSize(1);
    }

    @Test void aSecondPartysStatementToldInBetweenIsItsOwnPraise() {
        eventsOf("The Labour Party of Chile issued a statement on Monday praising Nelson Mandela for his feats.\n\n"
                + "The Socialist Party of Peru released a statement on Tuesday praising Nelson Mandela.\n\n"
                + "The statement said that Nelson Mandela devoted his whole life to the liberation of Africa.")
                .anyMatch(e -> support(e, "CHL")).anyMatch(e -> support(e, "PER"));
    }

    @Test void anActOfAnotherTypeInTheStatementStaysAnEvent() {
        eventsOf("The Labour Party of Chile issued a statement on Monday praising Nelson Mandela for his feats.\n\n"
                + "The statement urged the British government to release all political prisoners.")
                .anyMatch(e -> support(e, "CHL")).anyMatch(e -> GoldEvents.actedBy(e, "REQUEST", "CHL"));
    }

    @Test void theStatementAccusingTheSamePartyAgainIsTheSameAccusation() {
        eventsOf("The Solidarity Forum of Peru issued a statement on Friday denouncing the Chilean government for the "
                + "naval drills.\n\n"
                + "The statement accused the Chilean government of violating the border treaty.")
                .filteredOn(e -> GoldEvents.actedBy(e, "ACCUSE", "PER")).hasSize(1);
    }

    @Test void theStatementAccusingASecondPartyIsASecondAccusation() {
        // (s51) one act per addressee: the document's words aimed at a party the first act did not reach
        eventsOf("The Solidarity Forum of Peru issued a statement on Friday denouncing the Chilean government for the "
                + "naval drills.\n\n"
                + "The statement accused the United States of backing the drills.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL"))
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "USA"));
    }

    @Test void theInPhraseNeedsADocumentThePhrasePointsBackAt() {
        // the cue itself, on parses of invented sentences: "in the message" points back, "in a message" names a new one
        org.assertj.core.api.Assertions.assertThat(restates("In the message the president extended greetings to the king.", "greetings")).isTrue();
        org.assertj.core.api.Assertions.assertThat(restates("In a message the president extended greetings to the king.", "greetings")).isFalse();
        org.assertj.core.api.Assertions.assertThat(restates("The statement denounced the blockade of Cuba.", "denounced")).isTrue();
        org.assertj.core.api.Assertions.assertThat(restates("The minister denounced the blockade of Cuba.", "denounced")).isFalse();
    }

    private static boolean restates(String sentence, String word) {
        Clause c = ParsedClauses.parse(sentence);
        for (int i = 0; i < c.size(); i++) if (c.tokens.get(i).word().equals(word)) return DocumentRestatements.inDocumentsWords(c, i);
        throw new AssertionError(word + " not in " + sentence);
    }
}
