package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * A document quoted at length after "The commentary said:" blames and demands for its issuer in sentences with no
 * verb of saying left; outside such a block, or with a person speaking, the same sentences are no one's act. On
 * sentences written for this test.
 */
class DocumentContentTest {
    private static final String ISSUED = "The Cuban newspaper Granma on Monday carried a commentary on the naval drills.\n\n";

    @Test void aDemandInsideACommentarysBlockIsThePapersRequest() {
        eventsOf(ISSUED + "The commentary said:\n\n"
                + "The drills raise tension in the region.\n\n"
                + "The United States should withdraw its warships from the Caribbean at once.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "CUB", "USA"));
    }

    @Test void blameInsideTheBlockAfterItGoesOnIsThePapersAccusation() {
        eventsOf(ISSUED + "It goes on:\n\n"
                + "The United States government has violated the migration accord.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "CUB", "USA"));
    }

    @Test void theSameDemandWithNoBlockOpenedIsNoRequestOfThePaper() {
        eventsOf(ISSUED + "The United States should withdraw its warships from the Caribbean at once.")
                .noneMatch(e -> GoldEvents.typed(e, "REQUEST", "CUB", "USA"));
    }

    @Test void aPersonSpeakingAfterTheDocumentClosesItsBlock() {
        eventsOf(ISSUED + "The commentary said:\n\nThe drills raise tension.\n\n"
                + "Local fishermen were worried. One of them said:\n\n"
                + "The United States should withdraw its warships from the Caribbean at once.")
                .noneMatch(e -> GoldEvents.typed(e, "REQUEST", "CUB", "USA"));
    }

    @Test void aCommentarysCallOnPeopleAtLargeIsNoDemandOfAParty() {
        eventsOf(ISSUED + "The commentary said:\n\n"
                + "The youth should play the role of a vanguard in building the country.")
                .noneMatch(e -> String.valueOf(e.type()).equals("REQUEST"));
    }
}
