package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Constructions of statement reports and of gifts: a participle adjunct of the verb that issues a document ("released
 * a statement on Monday condemning X") is the issuer's act of that day; the document named again ("The statement
 * urged X") acts through its issuer; a thing given in the "with" phrase of "present" ("was presented with a gift by X")
 * is the giver's token of support. Invented sentences; the test article is published on Wednesday 10 May 2023.
 */
class DocumentsAndGiftsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aStatementReleasedOnADayCondemningAStateIsTheIssuersAccusationOfThatDay() {
        List<Event> events = code("The Chilean Communist Party released a statement on Monday condemning the United States "
                + "for its blockade of Cuba.");
        assertThat(events).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "CHL", "USA") && "2023-05-08".equals(e.date()));
    }

    @Test void aPressConferenceHeldDenouncingAGovernmentIsTheHoldersAccusation() {
        assertThat(code("The Peruvian Miners Federation held a press conference in Lima on Monday denouncing the "
                + "Chilean government for its policy."))
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL"));
    }

    @Test void aStatementNamedAgainActsThroughWhoeverIssuedIt() {
        assertThat(code("The Brazilian Communist Party in a statement on Monday denounced the Japanese government. "
                + "The statement also urged the United States to withdraw its troops from Okinawa."))
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "BRA", "USA"));
    }

    @Test void aStatementWhoseIssuerTheStoryNeverNamedActsForNoOne() {
        assertThat(code("The statement accused the United States of escalating tension."))
                .noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void whoeverReceivedADocumentDoesNotActThroughIt() {
        assertThat(code("The Peruvian president received a letter from the Chilean party on Monday. "
                + "The letter urged Bolivia to open talks."))
                .noneMatch(e -> e.type() == EventType.REQUEST && e.actors().stream().anyMatch(p -> "PER".equals(p.country())));
    }

    @Test void whatTheStatementSaidOthersDidIsNotTheIssuersAct() {
        assertThat(code("The Chilean Communist Party in a statement on Monday denounced the Japanese government. "
                + "The statement said a summit was held in Tokyo."))
                .noneMatch(e -> e.type() == EventType.CONSULT && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void aGiftPresentedInThePassiveIsTheGiversSupportForTheOneGivenIt() {
        assertThat(code("The Nepalese president was presented with a floral basket by the Indian embassy on Friday."))
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "IND", "NPL"));
    }

    @Test void aGiftPresentedInTheActiveIsTheSubjectsSupportForTheObject() {
        assertThat(code("The Chilean president presented the Cuban leader with a gift on Monday."))
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "CHL", "CUB"));
    }

    @Test void somethingPresentedThatIsNoTokenOfHonourIsNoSupport() {
        assertThat(code("The Nepalese president was presented with a petition by the Indian opposition on Friday."))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void somethingGivenAsAGiftIsTheGiversSupportForTheOneGivenIt() {
        assertThat(code("The Chinese ambassador gave the Nepalese president a vase as a gift on Friday."))
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "CHN", "NPL"));
    }

    @Test void somethingRegardedAsAThreatIsNoGiftOrEvent() {
        assertThat(code("The Chinese ambassador regarded the Nepalese president's remark as a gift to the opposition."))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }
}
