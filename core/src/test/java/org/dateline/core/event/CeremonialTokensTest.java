package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The ways agency copy tells of messages, wreaths and meetings that the parser misreads: a bare weekday between the
 * subject and its verb, "led by" tagged as a past tense, tokens that "came from" a sender, a received message "sent by"
 * its sender, "a message of greeting" read as a participle clause. Invented sentences.
 */
class CeremonialTokensTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aBareWeekdayAfterTheSubjectLeavesTheSubjectTheActor() {
        assertThat(code("Chilean Premier Ana Rojas Saturday sent a message of greeting to her Peruvian counterpart."))
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "CHL", "PER"));
        assertThat(code("Chilean Foreign Minister Pedro Rojas Monday met the Peruvian ambassador."))
                .anyMatch(e -> GoldEvents.actedBy(e, "CONSULT", "CHL"));
    }

    @Test void aDelegationLedBySomeoneIsMetThoughTheTaggerCallsLedAPastTense() {
        assertThat(code("Chilean Foreign Minister Pedro Rojas met and had a talk with the delegation of the Lima Daily "
                + "led by its editor Luis Vega."))
                .anyMatch(e -> GoldEvents.actedBy(e, "CONSULT", "CHL"));
    }

    @Test void aWreathThatCameFromAPartyIsThatPartysSupport() {
        assertThat(code("A wreath came from the Socialist Party of Peru on the death of the Chilean president."))
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "PER"));
        assertThat(code("Messages of condolence arrived from ten Peruvian organizations on the death of the president."))
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "PER"));
    }

    @Test void someoneWhoCameFromACitySendsNothing() {
        assertThat(code("A Peruvian delegation came from Lima on Monday.")).noneMatch(e -> e.type() == EventType.SUPPORT);
        assertThat(code("The Peruvian president came from Lima to attend the summit."))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aReceivedMessageSentBySomeoneIsTheSendersSupport() {
        assertThat(code("The Communist Party of Chile received messages of condolence sent by the Socialist Party of Peru "
                + "on Monday."))
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "PER"));
    }

    @Test void aMessageOfGreetingToATitledPersonOnAnAnniversaryReachesThatPerson() {
        assertThat(code("Pedro Rojas, foreign minister of Chile, sent a message of greeting to Luis Vega, foreign minister "
                + "of Peru, on the 50th anniversary of its independence."))
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "CHL", "PER"));
    }
}
