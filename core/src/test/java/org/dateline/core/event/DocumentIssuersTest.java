package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What a document does ("The statement accused Y", "It urged Z") is done by whoever issued it, also when the sentence
 * that names the issuer holds no event of its own; on sentences written for this test.
 */
class DocumentIssuersTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aStatementIssuedInASentenceWithNoEventStillHasItsIssuer() {
        List<Event> es = code("The Mine Workers Union of Bolivia made public a statement on Friday on the new mining code.\n\n"
                + "The statement accused the Chilean government of blocking the exports.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void anArticleANewspaperCarriedAccusesThroughTheNewspaper() {
        List<Event> es = code("The Cuban newspaper Granma on Monday carried an article titled \"Winds from the north\".\n\n"
                + "The article accused the United States of funding the opposition.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "CUB", "USA"));
    }

    @Test void itOpeningASentenceAfterAStatementIsTheStatementsIssuer() {
        List<Event> es = code("The Nepalese foreign ministry issued a statement on Sunday on the border incident.\n\n"
                + "It urged the Indian authorities to withdraw their troops from the disputed area.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "REQUEST", "NPL", "IND"));
    }

    @Test void itThatAnotherSpeakerSaidIsNotTheEarlierStatementsIssuer() {
        List<Event> es = code("The Chinese foreign ministry issued a statement on the naval drills on Monday.\n\n"
                + "Vietnam said it would expel the Philippine envoy.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.actors().stream().anyMatch(p -> "CHN".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "PHL".equals(p.country())));
    }

    @Test void itWithNoDocumentBeforeIsNoOnesStatement() {
        List<Event> es = code("It accused the Kenyan police of beating the marchers.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                && e.actors().stream().anyMatch(p -> p.country() != null));
    }

    @Test void itDoingSomethingNowIsTheStateTheStatementTellsOfNotTheStatement() {
        List<Event> es = code("The Korean Peace Council issued a statement on Monday on Japan's defence policy.\n\n"
                + "It is openly calling for the revision of the pacifist constitution, the statement said.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("REQUEST"));
    }
}
