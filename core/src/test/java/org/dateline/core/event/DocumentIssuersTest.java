package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * What a document does ("The statement accused Y", "It urged Z") is done by whoever issued it, also when the sentence
 * that names the issuer holds no event of its own; on sentences written for this test.
 */
class DocumentIssuersTest {

    @Test void aStatementIssuedInASentenceWithNoEventStillHasItsIssuer() {
        eventsOf("The Mine Workers Union of Bolivia made public a statement on Friday on the new mining code.\n\n"
                + "The statement accused the Chilean government of blocking the exports.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void anArticleANewspaperCarriedAccusesThroughTheNewspaper() {
        eventsOf("The Cuban newspaper Granma on Monday carried an article titled \"Winds from the north\".\n\n"
                + "The article accused the United States of funding the opposition.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "CUB", "USA"));
    }

    @Test void itOpeningASentenceAfterAStatementIsTheStatementsIssuer() {
        eventsOf("The Nepalese foreign ministry issued a statement on Sunday on the border incident.\n\n"
                + "It urged the Indian authorities to withdraw their troops from the disputed area.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "NPL", "IND"));
    }

    @Test void itThatAnotherSpeakerSaidIsNotTheEarlierStatementsIssuer() {
        eventsOf("The Chinese foreign ministry issued a statement on the naval drills on Monday.\n\n"
                + "Vietnam said it would expel the Philippine envoy.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "CHN".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "PHL".equals(p.country())));
    }

    @Test void itWithNoDocumentBeforeIsNoOnesStatement() {
        eventsOf("It accused the Kenyan police of beating the marchers.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                        && e.actors().stream().anyMatch(p -> p.country() != null));
    }

    @Test void itDoingSomethingNowIsTheStateTheStatementTellsOfNotTheStatement() {
        eventsOf("The Korean Peace Council issued a statement on Monday on Japan's defence policy.\n\n"
                + "It is openly calling for the revision of the pacifist constitution, the statement said.")
                .noneMatch(e -> String.valueOf(e.type()).equals("REQUEST"));
    }
}
