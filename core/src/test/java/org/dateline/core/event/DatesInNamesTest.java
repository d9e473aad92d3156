package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** A date that is part of a body's or a document's name does not date what the sentence tells. Invented sentences. */
class DatesInNamesTest {

    private static boolean named(String body, String date) {
        int at = body.indexOf(date);
        return NamedDates.partOfName(new TimeExpression(date, "DATE", "2023-04-25", null, at, at + date.length()), body);
    }

    @Test void aDateBetweenTheOrOfAndACapitalisedWordIsPartOfAName() {
        assertThat(named("They studied the April 25 Idea at length.", "April 25")).isTrue();
        assertThat(named("the circle for the study of April 25 Art met", "April 25")).isTrue();
    }

    @Test void aDateOfTheClauseIsNoName() {
        assertThat(named("They met on April 25 in Bamako.", "April 25")).isFalse();
        assertThat(named("The talks of April 25 failed.", "April 25")).isFalse();
        assertThat(named("The April 25 meeting failed.", "April 25")).isFalse();
        assertThat(named("On April 25 Keita arrived.", "April 25")).isFalse();
    }

    @Test void theHeadOfABodyNamedAfterADateIsNotDatedByIt() {
        List<Event> es = GoldEvents.codeStory("Amadou Diallo, head of the Senegalese Circle for the Study of February 16 Art, "
                + "at a lecture praised the great feats performed by Kim Il Sung for the building of the party.");
        Event praise = DatedEvents.byType(es, "SUPPORT");
        assertThat(praise.date()).isNotEqualTo("2023-02-16");
    }

    @Test void anEventOnTheDateTheTextGivesKeepsIt() {
        List<Event> es = GoldEvents.codeStory("Amara Keita, head of the Ghana Writers' Circle, "
                + "at a lecture on April 25 praised the feats of the Ruritanian president.");
        assertThat(DatedEvents.byType(es, "SUPPORT").date()).isEqualTo("2023-04-25");
    }

    @Test void aPapersDatedIssueDatesWhatItPublishedButADatedDocumentDoesNot() {
        List<Event> issue = GoldEvents.codeStory("The Chilean Group for the Study of Peace issued the February special issue of "
                + "its bulletin under the title \"Glory to Nelson Mandela, a great hero of Africa\".");
        assertThat(DatedEvents.byType(issue, "SUPPORT").date()).isEqualTo("2023-02");
        List<Event> declaration = GoldEvents.codeStory("The Chilean newspaper El Siglo carried an article praising the February "
                + "declaration of Nelson Mandela as a great hero of Africa.");
        assertThat(DatedEvents.byType(declaration, "SUPPORT").date()).isNotEqualTo("2023-02");
    }
}
