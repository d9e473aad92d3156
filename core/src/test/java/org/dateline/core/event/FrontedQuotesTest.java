package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Words told before their speaker ("'...,' said X", "..., said the chairman") are the speaker's, as "X said ..." is.
 * On sentences written for this test.
 */
class FrontedQuotesTest {

    private static boolean praiseBy(Event e, String speakerWord, String praisedWord) {
        return String.valueOf(e.type()).equals("SUPPORT")
                && e.actors().stream().anyMatch(p -> p.name().contains(speakerWord))
                && e.recipients().stream().anyMatch(p -> p.name().contains(praisedWord));
    }

    @Test void aQuotedPraiseBeforeItsNamedSpeakerIsThatSpeakersPraise() {
        eventsOf("\"Nelson Mandela is the greatest statesman of our age,\" said Fidel Castro.")
                .anyMatch(e -> praiseBy(e, "Castro", "Mandela"));
    }

    @Test void aQuotedPraiseBeforeASpeakerToldByTitleIsThatSpeakersPraise() {
        eventsOf("\"Nelson Mandela is the greatest statesman of our age,\" the chairman of the Cuban Communist Party said.")
                .anyMatch(e -> praiseBy(e, "chairman", "Mandela"));
    }

    @Test void aSpeakerPutAfterTheVerbOfSayingIsItsSubjectNotItsObject() {
        eventsOf("Nelson Mandela is the greatest statesman of our age, said the chairman of the Cuban Communist Party.")
                .anyMatch(e -> praiseBy(e, "chairman", "Mandela"));
    }

    @Test void aQuotedReportWithNoAcclaimPraisesNoOne() {
        eventsOf("\"Nelson Mandela arrived in Havana on Monday,\" said Fidel Castro.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void theHearerOfAToldQuoteIsNoSpeaker() {
        eventsOf("\"Nelson Mandela is the greatest statesman of our age,\" Fidel Castro told reporters.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().contains("reporters")));
    }
}
