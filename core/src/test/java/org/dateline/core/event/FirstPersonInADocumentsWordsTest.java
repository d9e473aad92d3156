package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A "we" or "I" doing a deed in a block of a document's own words ("The statement said:", "it said, and went on:") is
 * the document's issuer; outside such a block a "we" names no one the coder knows. Sentences written for this test.
 */
class FirstPersonInADocumentsWordsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Cairo", body); }

    private static boolean accusesTheUs(Event e) {
        return e.type() == EventType.ACCUSE && e.actors().stream().anyMatch(p -> "EGY".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "USA".equals(p.country()));
    }

    @Test void weDenouncingInAStatementsBlockIsTheIssuersAccusation() {
        List<Event> es = code("The Egyptian Solidarity Committee issued a statement on Monday. The statement said:\n\n"
                + "We strongly denounce the United States for its provocations in the region.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(FirstPersonInADocumentsWordsTest::accusesTheUs);
    }

    @Test void aBlockOpenedInsideASentenceGivesTheNextSentencesWeToTheIssuer() {
        List<Event> es = code("The Egyptian Solidarity Committee issued a statement on Monday.\n\n"
                + "The drills are a grave challenge to peace, it said, and went on: They must stop at once.\n\n"
                + "We strongly denounce the United States for its provocations in the region.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(FirstPersonInADocumentsWordsTest::accusesTheUs);
    }

    @Test void weDenouncingWithNoDocumentBeforeIsNoonesAccusation() {
        List<Event> es = code("Egyptian farmers harvested cotton on Monday.\n\n"
                + "We strongly denounce the United States for its provocations in the region.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(FirstPersonInADocumentsWordsTest::accusesTheUs);
    }

    @Test void aWeAnotherSpeakerIsSaidToUtterInsideTheBlockIsNotTheIssuers() {
        List<Event> es = code("The Egyptian Solidarity Committee issued a statement on Monday. The statement said:\n\n"
                + "\"We strongly denounce the United States for its provocations,\" the Libyan foreign minister said.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(FirstPersonInADocumentsWordsTest::accusesTheUs);
    }
}
