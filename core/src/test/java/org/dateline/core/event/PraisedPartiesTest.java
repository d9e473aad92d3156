package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Praise whose parties are told by a pronoun, a title or a document: a judged person named by a title
 * used before, by a possessive, or as the leader under whom others did well; a statement's words are its issuer's;
 * "he" after a title chain with an "of" phrase or after an inverted "said"; praise of someone's feats. On
 * sentences written for this test.
 */
class PraisedPartiesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean praise(Event e, String speakerWord, String praisedWord) {
        return String.valueOf(e.type()).equals("SUPPORT")
                && e.actors().stream().anyMatch(p -> p.name().contains(speakerWord))
                && e.recipients().stream().anyMatch(p -> p.name().contains(praisedWord));
    }

    private static boolean supportBy(Event e, String speakerWord) {
        return String.valueOf(e.type()).equals("SUPPORT") && e.actors().stream().anyMatch(p -> p.name().contains(speakerWord));
    }

    @Test void aTitleUsedBeforeForAPersonIsThatPersonWhenPraised() {
        List<Event> es = code("President Julius Nyerere led Tanzania to independence in 1961.\n\n"
                + "Amadou Diallo, a Malian historian, said in his lecture that the President was a gifted statesman.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> praise(e, "Diallo", "Nyerere"));
    }

    @Test void aTitleNoOneHeldBeforeIsNoOnesPraise() {
        List<Event> es = code("Amadou Diallo, a Malian historian, gave a lecture in Bamako on Monday.\n\n"
                + "The Chairman was a gifted statesman, Diallo said.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aStatementsWordsOfAcclaimForALeadersGuidanceAreItsIssuersPraise() {
        List<Event> es = code("Marta Kowalczyk, chairwoman of the Poland-Vietnam Friendship Society, issued a statement on March 3.\n\n"
                + "The statement said that under the wise leadership of President Ho Van Nam the country has become a strong state.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> praise(e, "Kowalczyk", "Ho Van Nam"));
    }

    @Test void aStatementsWordsWithNoOneJudgedPraiseNoOne() {
        List<Event> es = code("Marta Kowalczyk, chairwoman of the Poland-Vietnam Friendship Society, issued a statement on March 3.\n\n"
                + "The statement said that the new bridge over the river is a great success.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void theActOfThePersonLastNamedJudgedGreatPraisesHim() {
        List<Event> es = code("Prime Minister Ho Van Nam of Vietnam visited Laos in May.\n\n"
                + "His visit was an epochal event for the region, Marta Kowalczyk said.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> praise(e, "Kowalczyk", "Ho Van Nam"));
    }

    @Test void heAfterATitleChainWithAnOfPhraseIsTheTitledPerson() {
        List<Event> es = code("Commander of the Vietnamese Navy Tran Van Binh, member of the Politburo, inspected a naval base on Friday.\n\n"
                + "He praised the sailors of the base for their heroism.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> supportBy(e, "Tran Van Binh"));
    }

    @Test void heAfterAnInvertedSayingIsTheSpeaker() {
        List<Event> es = code("The drought in the Sahel is the worst in decades, said Amadou Diallo, Mali's minister of agriculture.\n\n"
                + "He urged the donor countries to send food aid to the region.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> String.valueOf(e.type()).equals("REQUEST")
                && e.actors().stream().anyMatch(p -> p.name().contains("Diallo")));
    }

    @Test void appreciatingSomeonesFeatsIsPraise() {
        List<Event> es = code("Prime Minister Ho Van Nam of Vietnam visited a steel plant in Hanoi on Monday.\n\n"
                + "He highly appreciated the workers' feats in the production.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> supportBy(e, "Ho Van Nam"));
    }

    @Test void appreciatingAChanceIsNoPraise() {
        List<Event> es = code("Prime Minister Ho Van Nam of Vietnam visited a steel plant in Hanoi on Monday.\n\n"
                + "He appreciated the chance to see the new furnace.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    // speech (s48): a possessive pronoun on a noun of guidance, a deed credited to a title by its participle
    @Test void praiseUnderHisLeadershipIsPraiseOfThePersonNamedBefore() {
        List<Event> es = code("Julius Nyerere led Tanzania to independence in 1961.\n\n"
                + "Amadou Diallo said that under his wise leadership the country has become a great power.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> praise(e, "Diallo", "Nyerere"));
    }

    @Test void aGloriousHistoryOfHisLeadershipIsPraiseOfThePersonNamedBefore() {
        List<Event> es = code("Julius Nyerere led Tanzania to independence in 1961.\n\n"
                + "Amadou Diallo said that the history of his leadership is a glorious history.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> praise(e, "Diallo", "Nyerere"));
    }

    @Test void hisLeadershipWithNoWordOfAcclaimIsNoPraise() {
        List<Event> es = code("Julius Nyerere led Tanzania to independence in 1961.\n\n"
                + "Amadou Diallo said that under his leadership the country has changed its currency.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void featsPerformedByThePresidentCalledGreatArePraiseOfThePresident() {
        List<Event> es = code("President Julius Nyerere visited Romania in May 1975.\n\n"
                + "Ion Popescu said that the feats performed by the President for the friendship of the two countries are great.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> praise(e, "Popescu", "Nyerere"));
    }
}
