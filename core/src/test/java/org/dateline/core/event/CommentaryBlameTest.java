package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * A paper's commentary in its own words is its accusation of the foreign party its words blame; a
 * commentary with no blame, or naming no party beyond its own country, accuses no one. On sentences written for this
 * test.
 */
class CommentaryBlameTest {

    @Test void aPaperWarningInACommentaryThatAPolicyIsTreacherousAccusesItsAuthor() {
        eventsOf("The Chilean government's pursuit of the border policy is a treacherous one, warns the Bolivian newspaper La Razon Sunday in a bylined article.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void aPaperSayingThisInACommentaryAfterASentenceOfBlameAccusesItsTarget() {
        eventsOf("The Chilean government's talk of a threat from Bolivia is just for hoodwinking the international community.\n\n"
                + "The Bolivian newspaper La Razon says this in a bylined commentary.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void aCommentaryWithNoBlameAccusesNoOne() {
        eventsOf("The Bolivian newspaper La Razon says in a bylined commentary that trade with Chile grew by ten percent last year.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE"));
    }

    @Test void aPaperSayingThisAfterAParagraphOfBlameAccusesThePartyItsFirstSentenceNames() {
        eventsOf("The Chilean government again insulted the dignity of Bolivia on Monday. This was an intolerable challenge and a hideous provocation to the people of Bolivia.\n\n"
                + "The Bolivian newspaper La Razon says this in a bylined commentary.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void aPaperDismissingThisAsABurlesqueAccusesThePartyThePassageBeforeNames() {
        eventsOf("The Chilean government said the new law is aimed at protecting its soldiers abroad.\n\n"
                + "Commenting on this, the Bolivian newspaper La Razon Tuesday dismisses this as a cheap burlesque to deceive others.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "CHL"));
    }

    @Test void aPaperSayingThisAfterAParagraphWithNoBlameAccusesNoOne() {
        eventsOf("The Chilean government opened a new port on Monday. Trade with Bolivia grew by ten percent.\n\n"
                + "The Bolivian newspaper La Razon says this in a bylined commentary.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE"));
    }
}
